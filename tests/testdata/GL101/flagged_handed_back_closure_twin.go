package gl101

import "context"

// As StartRouter, but the canceler handed back only cancels: nothing receives the goroutine's result
// once the router was ready.
func StartRouterDetached(ctx context.Context) (string, func(), error) {
	ctx, cancel := context.WithCancel(ctx)
	readyCh := make(chan string, 1)
	errCh := make(chan error)
	go func() {
		defer close(errCh)
		errCh <- runRouterProcess(ctx, readyCh) // want "goroutine blocks forever sending on errCh"
	}()
	canceler := func() {
		cancel()
	}
	select {
	case device := <-readyCh:
		return device, canceler, nil
	case err := <-errCh:
		cancel()
		return "", nil, err
	}
}

// A factory that returns the function starting the sender: that function's own receive is the one the
// done context skips, and nothing else receives.
func RouterRunner() func(ctx context.Context) error {
	return func(ctx context.Context) error {
		done := make(chan error)
		go func() {
			done <- runRouterProcess(ctx, make(chan string, 1)) // want "goroutine blocks forever sending on done"
		}()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-done:
			return err
		}
	}
}
