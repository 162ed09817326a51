package gl602

import (
	"context"
	"net"
)

func noParam(s *store) error {
	return s.query(context.Background(), "x")
}

func blank(_ context.Context, s *store) error {
	return s.query(context.Background(), "x")
}

func explained(ctx context.Context, s *store) error {
	// detached: the audit record must be written even when the request is cancelled
	return s.query(context.Background(), "audit")
}

func compare(ctx context.Context) bool {
	return ctx != context.Background()
}

// keepValues returns a context that is never cancelled, on purpose.
func keepValues(ctx context.Context) context.Context {
	return context.Background()
}

type client struct{ svc *store }

func newStore(ctx context.Context) *store { return &store{} }

// Work meant to outlive the caller: a goroutine, a deferred cleanup, a long-lived value stored in a field.
func (s *store) Detached(reqCtx context.Context, c *client, id string) error {
	go func() {
		_ = s.query(context.TODO(), id)
	}()
	defer s.query(context.Background(), "cleanup")
	c.svc = newStore(context.Background())
	return s.query(reqCtx, id)
}

// Cleanup after a failure must not be cancelled with the request.
func (s *store) Abort(ctx context.Context, id string) error {
	if err := s.query(ctx, id); err != nil {
		_ = s.query(context.Background(), "abort "+id)
		return err
	}
	return nil
}

// A nil ctx falls back to a background one.
func (s *store) Maybe(ctx context.Context, id string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	return s.query(ctx, id)
}

// Every call passes Background: the received ctx has no cancellation to lose.
func cleanup(ctx context.Context, s *store, id string) error {
	return s.query(context.Background(), id)
}

func cleanAll(s *store, ids []string) {
	for _, id := range ids {
		_ = cleanup(context.Background(), s, id)
	}
}

// Two contexts merged: the new root is cancelled as soon as either received ctx is done.
func merge(ctx1, ctx2 context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		select {
		case <-ctx1.Done():
		case <-ctx2.Done():
		case <-ctx.Done():
		}
		cancel()
	}()
	return ctx, cancel
}

// Background two callers up: fetchRows gets the ctx reload received, and every call of reload passes
// Background. (The comment is apart from the function: a doc comment could excuse it.)

func fetchRows(ctx context.Context, s *store, id string) error {
	return s.query(context.TODO(), id)
}

func (s *store) reload(ctx context.Context, id string) error {
	return fetchRows(ctx, s, id)
}

func reloadAll(s *store, ids []string) {
	for _, id := range ids {
		_ = s.reload(context.Background(), id)
	}
}

// A package variable holding a func literal (a command table): no ctx is received there.
type command struct{ run func(id string) error }

var loadCmd = &command{run: func(id string) error {
	var s store
	return s.query(context.Background(), id)
}}

// A listen on a resolved or local address: its ctx would only bound a name lookup.
func listenResolved(ctx context.Context, host string) error {
	addr, err := net.ResolveTCPAddr("tcp", host)
	if err != nil {
		return err
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(context.TODO(), "tcp", addr.String())
	if err != nil {
		return err
	}
	go func() { <-ctx.Done(); ln.Close() }()
	pc, err := lc.ListenPacket(context.Background(), "udp4", ":0")
	if err != nil {
		return err
	}
	return pc.Close()
}

// A private wake-up signal, always waited on beside the received ctx's Done.
func awaitItem(ctx context.Context, register func(func())) error {
	for {
		woken, wake := context.WithCancel(context.Background())
		register(wake)
		select {
		case <-woken.Done():
			return nil
		case <-ctx.Done():
			wake()
			return ctx.Err()
		}
	}
}
