package gl106

import (
	"context"
	"sync"
)

// forwardAll's caller stops receiving once the context is cancelled: the worker's send then
// blocks forever.
func forwardAll(ctx context.Context, in []int64, out chan<- int64) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, v := range in {
			out <- v // want `this send blocks forever once ctx is cancelled`
		}
	}()
	wg.Wait()
}

func forwardSome(ctx context.Context, in []int64, sink func(int64)) {
	out := make(chan int64)
	go func() {
		for {
			select {
			case v := <-out:
				sink(v)
			case <-ctx.Done():
				return
			}
		}
	}()
	forwardAll(ctx, in, out)
}
