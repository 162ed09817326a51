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
