package gl602

import (
	"context"
	"os/exec"
	"time"
)

// MustStopSoon waits on inCtx alone in its second select, reached also
// before ctx is done: the timer runs whatever ctx does.
func MustStopSoon(ctx context.Context, timeout time.Duration) func() {
	inCtx, cancel := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx`
	go func() {
		select {
		case <-inCtx.Done():
			return
		case <-ctx.Done():
		default:
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

// WaitCmdEarly stops the process under exited before ctx is done too.
func WaitCmdEarly(ctx context.Context, cmd *exec.Cmd, early bool) error {
	exited, exit := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx`
	defer exit()
	if early {
		gracefulStop(exited, cmd, time.Second)
	}
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
