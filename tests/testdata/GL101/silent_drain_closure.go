package gl101

import (
	"context"
	"errors"
	"time"
)

type waitListener interface {
	WaitEvent(ctx context.Context) (string, error)
}

// The ping timeout case drains the waiter's error through a local closure: the send is taken.
func waitOnceDrained(ctx context.Context, l waitListener, buf chan string) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	errChan := make(chan error)
	go func() {
		for {
			n, err := l.WaitEvent(ctx)
			if err != nil {
				errChan <- err
				return
			}
			select {
			case buf <- n:
			default:
			}
		}
	}()

	drain := func() error {
		cancel()
		err := <-errChan
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
		return nil
	}

	pingCtx, pingCancel := context.WithTimeout(ctx, 5*time.Second)
	defer pingCancel()

	select {
	case <-ctx.Done():
		return <-errChan
	case <-pingCtx.Done():
		return drain()
	case err := <-errChan:
		return err
	}
}
