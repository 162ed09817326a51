package rt

import "context"

// Squares is a pipeline stage.
func Squares(ctx context.Context, in []int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, v := range in {
			out <- v * v // want `this send blocks forever once ctx is cancelled`
		}
	}()
	return out
}
