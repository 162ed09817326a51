package gl602

import "context"

func withTrace(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancel(ctx)
	return ctx, cancel
}

// Restart derives its ctx from the one it was given; the exit monitor runs under a root of its own
// that ends when Restart returns.
func (t *task) Restart(ctx context.Context) error {
	ctx, end := withTrace(ctx)
	defer end()
	exitCtx, exitCancel := context.WithCancel(context.Background())
	stopped := t.monitor(exitCtx)
	defer func() {
		exitCancel()
		<-stopped
	}()
	return t.kill(ctx)
}
