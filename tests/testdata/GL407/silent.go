package gl407

import (
	"context"
	"time"
)

func produceSelect(ctx context.Context, out chan<- int) {
	n := 0
	for {
		n++
		select {
		case <-ctx.Done():
			return
		case out <- n:
		}
	}
}

func poll(ctx context.Context, work func()) {
	for {
		select {
		case <-ctx.Done():
			return
		default:
			work()
			time.Sleep(time.Millisecond)
		}
	}
}

func tryBoth(quit <-chan struct{}, out chan<- int) {
	for {
		select {
		case <-quit:
			return
		default:
			select {
			case out <- 1:
			case <-quit:
				return
			}
		}
	}
}

// The default waits for the next tick: a running ticker always delivers, and the stop case is
// seen again on the next turn.
func pollEvery(stop <-chan struct{}, try func() bool) bool {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return false
		default:
			if try() {
				return true
			}
			<-t.C
		}
	}
}
