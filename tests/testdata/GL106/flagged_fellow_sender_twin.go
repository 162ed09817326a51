package gl106

import "context"

// The channel is also handed to a function that receives from it, and stops on the context: the
// goroutine's send can block forever once ctx is cancelled.
func watchBeat(ctx context.Context, beat func() error, errCh chan error) {
	go func() {
		err := beat()
		errCh <- err // want `this send blocks forever once ctx is cancelled`
	}()
}

func waitBeat(ctx context.Context, errCh chan error) error {
	select {
	case err := <-errCh:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func startBeat(ctx context.Context, beat func() error) error {
	errCh := make(chan error)
	watchBeat(ctx, beat, errCh)
	return waitBeat(ctx, errCh)
}
