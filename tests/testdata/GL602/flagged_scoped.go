package gl602

import (
	"context"
	"time"
)

// Not ended on every exit: the early return leaves the monitor running.
func (t *task) StopEarly(ctx context.Context, grace time.Duration) error {
	exitCtx, exitCancel := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx \(ctx\)`
	t.monitor(exitCtx)
	if grace == 0 {
		return t.kill(ctx) // want `exitCancel is not called on this path`
	}
	exitCancel()
	return t.kill(ctx)
}

// The received ctx is not used after it: the whole job runs under the new context.
func (t *task) StopAll(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	jobCtx, cancel := context.WithTimeout(context.Background(), time.Minute) // want `context.Background\(\) drops the received ctx \(ctx\)`
	defer cancel()
	return t.kill(jobCtx)
}

// The new context takes the received one's name: the rest of the block loses the caller's ctx.
func (t *task) StopInner(ctx context.Context, wait bool) error {
	if wait {
		ctx, stop := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx \(ctx\)`
		defer stop()
		t.monitor(ctx)
		return t.kill(ctx)
	}
	return t.kill(ctx)
}
