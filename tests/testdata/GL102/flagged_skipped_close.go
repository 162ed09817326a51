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

// A generator whose callers range over it.
func Evens(limit int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 0; ; i += 2 {
			if i > limit {
				return // want `goroutine returns here without closing ch. Callers range over Evens\(\)`
			}
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func SumEvens() int {
	s := 0
	for v := range Evens(10) {
		s += v
	}
	return s
}
