package rt

import "context"

// Squares is a pipeline stage.
func Squares(ctx context.Context, in []int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, v := range in {
			out <- v * v // want `blocks forever once the receiver of out stops`
		}
	}()
	return out
}
