package gl602

import (
	"context"
	"time"
)

// tickReader keeps a lifetime context and its cancel in fields: reset makes new ones for the loop that
// run starts later, and shutdown ends it. The received ctx only bounds the reset; the loop must outlive it.
type tickReader struct {
	loopCtx    context.Context
	loopCancel context.CancelFunc
	ticks      chan int
}

func (r *tickReader) reset(ctx context.Context, n int) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if r.loopCancel != nil {
		r.loopCancel()
	}
	loopCtx, loopCancel := context.WithCancel(context.Background())
	r.loopCtx = loopCtx
	r.loopCancel = loopCancel
	r.ticks = make(chan int, n)
	return nil
}

func (r *tickReader) run() {
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for i := 0; ; i++ {
			select {
			case <-r.loopCtx.Done():
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

func (r *tickReader) shutdown() {
	if r.loopCancel != nil {
		r.loopCancel()
	}
}
