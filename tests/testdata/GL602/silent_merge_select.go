package gl602

import (
	"context"
	"errors"
)

// The read loop's root outlives the call (it serves the connection until Close, which calls the
// stored func); while the call runs, its own select on the caller's Done calls that func.

type handshaker struct {
	established chan struct{}
	stopRead    context.CancelFunc
}

func (h *handshaker) readLoop(ctx context.Context, errc chan<- error) {
	<-ctx.Done()
	select {
	case errc <- ctx.Err():
	default:
	}
}

func (h *handshaker) handshake(ctx context.Context) error {
	readCtx, stopRead := context.WithCancel(context.Background())
	h.stopRead = stopRead
	errc := make(chan error, 1)
	go h.readLoop(readCtx, errc)
	select {
	case err := <-errc:
		stopRead()
		return err
	case <-ctx.Done():
		stopRead()
		return ctx.Err()
	case <-h.established:
		return nil
	}
}

// A merge through WithCancelCause: the goroutine passes the caller's error on as the cause.
func (h *handshaker) operation(ctx context.Context, closed <-chan struct{}) (context.Context, func()) {
	opCtx, stop := context.WithCancelCause(context.Background())
	go func() {
		select {
		case <-closed:
			stop(errors.New("closed"))
		case <-ctx.Done():
			stop(ctx.Err())
		case <-opCtx.Done():
		}
	}()
	return opCtx, func() { stop(context.Canceled) }
}
