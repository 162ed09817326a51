package gl101

import (
	"context"
	"time"
)

// The twin: the closure the timeout case calls only cancels; nothing receives the waiter's error.
func waitOnceUndrained(ctx context.Context, l waitListener) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	errChan := make(chan error)
	go func() {
		if _, err := l.WaitEvent(ctx); err != nil {
			errChan <- err // want `goroutine blocks forever sending on errChan`
		}
	}()

	stop := func() error {
		cancel()
		return nil
	}

	select {
	case <-time.After(5 * time.Second):
		return stop()
	case err := <-errChan:
		return err
	}
}
