package gl602

import (
	"context"
	"errors"
)

type jobWorker struct {
	baseContext context.Context
	baseCancel  context.CancelFunc
	name        string
}

func setupWorker(ctx context.Context, name string) error { return ctx.Err() }

// NewJobWorker builds a worker whose own root lives until Shutdown: it goes only into the value
// returned, the setup runs under the caller's ctx.
func NewJobWorker(ctx context.Context, name string) (*jobWorker, error) {
	base, cancel := context.WithCancel(context.Background())
	w := &jobWorker{baseContext: base, baseCancel: cancel, name: name}
	if name == "" {
		cancel()
		return nil, errors.New("missing name")
	}
	if err := setupWorker(ctx, name); err != nil {
		cancel()
		return nil, err
	}
	return w, nil
}

func (w *jobWorker) Shutdown() { w.baseCancel() }

type connClient struct {
	ctx       context.Context
	connected context.Context
	cancel    context.CancelFunc
}

// Connect returns a client by the address of a value literal; connected lives until Disconnect.
func Connect(ctx context.Context) (*connClient, error) {
	connected, cancel := context.WithCancel(context.Background())
	c := connClient{ctx: ctx, connected: connected, cancel: cancel}
	return &c, nil
}

func (c *connClient) Disconnect() { c.cancel() }
