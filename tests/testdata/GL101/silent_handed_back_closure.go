package gl101

import (
	"context"
	"errors"
	"time"
)

func runRouterProcess(ctx context.Context, ready chan<- string) error {
	ready <- "tun0"
	<-ctx.Done()
	return nil
}

// The router's result is received by the canceler the function hands back when the router is ready:
// its caller calls it, and it takes the goroutine's send.
func StartRouter(ctx context.Context) (string, func() error, error) {
	ctx, cancel := context.WithCancel(ctx)
	readyCh := make(chan string, 1)
	errCh := make(chan error)
	go func() {
		defer close(errCh)
		errCh <- runRouterProcess(ctx, readyCh)
	}()
	canceler := func() error {
		cancel()
		select {
		case <-time.After(10 * time.Second):
			return errors.New("router did not exit in time")
		case err := <-errCh:
			return err
		}
	}
	select {
	case device := <-readyCh:
		return device, canceler, nil
	case err := <-errCh:
		cancel()
		return "", nil, err
	}
}
