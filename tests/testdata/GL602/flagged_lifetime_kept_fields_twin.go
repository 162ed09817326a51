package gl602

import (
	"context"
	"time"
)

// pollReader keeps the cancel in a field, but also waits under the new context in place: that wait
// should end with the received ctx.
type pollReader struct {
	pollCtx    context.Context
	pollCancel context.CancelFunc
	ticks      chan int
}

func (r *pollReader) reset(ctx context.Context, n int) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if r.pollCancel != nil {
		r.pollCancel()
	}
	pollCtx, pollCancel := context.WithCancel(context.Background()) // want `context\.Background\(\) drops the received ctx \(ctx\)`
	r.pollCtx = pollCtx
	r.pollCancel = pollCancel
	r.ticks = make(chan int, n)
	return r.warm(pollCtx)
}

func (r *pollReader) warm(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Millisecond):
		return nil
	}
}

func (r *pollReader) run() {
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for i := 0; ; i++ {
			select {
			case <-r.pollCtx.Done():
				return
			case <-t.C:
				select {
				case r.ticks <- i:
				default:
				}
			}
		}
	}()
}

func (r *pollReader) shutdown() {
	if r.pollCancel != nil {
		r.pollCancel()
	}
}
