package gl106

import "context"

func watched(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func checksErr(ctx context.Context, out chan<- int) {
	go func() {
		for i := 0; ctx.Err() == nil; i++ {
			out <- i
		}
	}()
}

func buffered(ctx context.Context) <-chan int {
	out := make(chan int, 1)
	go func() { out <- 1 }()
	return out
}

func noCtx(out chan<- int) {
	go func() { out <- 1 }()
}
