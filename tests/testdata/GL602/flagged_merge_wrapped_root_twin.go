package gl602

import (
	"context"
	"runtime/pprof"
)

type core2 struct{ leader bool }

func (c *core2) populate(ctx context.Context) error { return ctx.Err() }

// Nothing merges httpCtx into the new root: populate runs on regardless.
func (c *core2) StepDown(httpCtx context.Context) error {
	ctx, cancel := context.WithCancel(pprof.WithLabels(context.Background(), pprof.Labels("op", "step-down"))) // want `context.Background\(\) drops the received ctx`
	defer cancel()

	return c.populate(ctx)
}
