package gl505

import (
	"context"
	"testing"
)

// Watcher is what the package's watch returns; its one implementation's
// Stop returns nil on every path.
type Watcher interface {
	Stop() error
}

type watcher struct{ cancel context.CancelFunc }

func (w *watcher) Stop() error {
	if w.cancel != nil {
		w.cancel()
	}
	return nil
}

type registry struct{}

func (r *registry) watch(ctx context.Context) (Watcher, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	w := &watcher{}
	_, w.cancel = context.WithCancel(ctx)
	return w, nil
}

func TestWatchStop(t *testing.T) {
	r := &registry{}
	ctx, cancel := context.WithCancel(context.Background())
	w, err := r.watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		<-ctx.Done()
		if err := w.Stop(); err != nil {
			t.Errorf("stop: %v", err)
		}
	}()
	cancel()
}

// Two steps: the transport and its listener are both interface values of one
// concrete type each; the listener's Accept returns nil on every path.
type Listener interface {
	Accept(fn func()) error
}

type Transport interface {
	Listen(addr string) (Listener, error)
}

type memListener struct{ exit chan bool }

func (m *memListener) Accept(fn func()) error {
	for {
		select {
		case <-m.exit:
			return nil
		default:
			fn()
		}
	}
}

type memTransport struct{}

func (t *memTransport) Listen(addr string) (Listener, error) {
	return &memListener{exit: make(chan bool)}, nil
}

func newMemTransport() Transport { return &memTransport{} }

func TestMemAccept(t *testing.T) {
	tr := newMemTransport()
	l, err := tr.Listen("x")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		if err := l.Accept(func() {}); err != nil {
			t.Errorf("accept: %v", err)
		}
	}()
}
