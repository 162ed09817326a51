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
