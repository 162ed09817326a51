package gl602

import "context"

type task struct{ exited chan struct{} }

func (t *task) kill(ctx context.Context) error { return ctx.Err() }

// monitor watches the task until it exits or until stop is cancelled; it closes the returned channel
// when it returns.
func (t *task) monitor(stop context.Context) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		select {
		case <-t.exited:
		case <-stop.Done():
		}
	}()
	return done
}

// Stop kills the task under the caller's ctx; the exit monitor runs under a context of its own that
// ends (and is waited for) when Stop returns, whichever way.
func (t *task) Stop(ctx context.Context) error {
	exitCtx, exitCancel := context.WithCancel(context.Background())
	stopped := t.monitor(exitCtx)
	defer func() {
		exitCancel()
		<-stopped
	}()
	return t.kill(ctx)
}
