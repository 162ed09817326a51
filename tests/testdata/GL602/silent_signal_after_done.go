package gl602

import (
	"context"
	"os/exec"
	"time"
)

// MustStopWithin returns a stop func; once ctx is done, the work must call
// it within timeout. inCtx is a signal: waited on beside ctx.Done(), then
// only once ctx is already done.
func MustStopWithin(ctx context.Context, timeout time.Duration) func() {
	inCtx, cancel := context.WithCancel(context.Background())
	go func() {
		select {
		case <-inCtx.Done():
			return
		case <-ctx.Done():
		}
		timer := time.NewTimer(timeout)
		select {
		case <-timer.C:
			panic("timeout waiting for stop")
		case <-inCtx.Done():
			timer.Stop()
		}
	}()
	return cancel
}

func gracefulStop(ctx context.Context, cmd *exec.Cmd, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
		_ = cmd.Process.Kill()
	}
}

// WaitCmd waits for cmd; when ctx ends first it stops the process gracefully,
// under a context the process's own exit ends (ctx is done by then).
func WaitCmd(ctx context.Context, cmd *exec.Cmd) error {
	exited, exit := context.WithCancel(context.Background())
	defer exit()
	done := make(chan struct{})
	go func() {
		defer close(done)
		select {
		case <-ctx.Done():
			gracefulStop(exited, cmd, 5*time.Second)
		case <-exited.Done():
		}
	}()
	err := cmd.Wait()
	exit()
	<-done
	return err
}
