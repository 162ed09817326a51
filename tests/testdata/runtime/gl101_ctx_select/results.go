package rt

import "context"

// fix: Stop waiting

// Produce streams values until the caller has enough and cancels.
func Produce(ctx context.Context, n int) int {
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i // want `when the select takes`
		}
	}()
	sum := 0
	for {
		select {
		case v := <-ch:
			sum += v
		case <-ctx.Done():
			return sum
		}
	}
}
