package gl102

import "context"

// The producer stops on cancellation without closing: the range never ends.
func Squares(ctx context.Context, xs []int) []int {
	out := make(chan int)
	go func() {
		for _, x := range xs {
			select {
			case out <- x * x:
			case <-ctx.Done():
				return // want `goroutine returns here without closing out`
			}
		}
		close(out)
	}()
	var res []int
	for v := range out {
		res = append(res, v)
	}
	return res
}
