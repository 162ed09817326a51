package gl602

import (
	"context"
	"runtime/pprof"
)

type core struct{ leader bool }

func (c *core) populate(ctx context.Context) error { return ctx.Err() }

// A root of its own, wrapped with profiler labels first, and a goroutine that stops it when
// httpCtx is done: the two are merged.
func (c *core) StepDown(httpCtx context.Context) error {
	ctx, cancel := context.WithCancel(pprof.WithLabels(context.Background(), pprof.Labels("op", "step-down")))
	defer cancel()

	go func() {
		select {
		case <-ctx.Done():
		case <-httpCtx.Done():
			cancel()
		}
	}()

	return c.populate(ctx)
}
