package gl106

import "context"

func squares(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v // want `this send blocks forever once ctx is cancelled`
		}
	}()
	return out
}

type emitter struct{ events chan string }

func (e *emitter) Emit(ctx context.Context, names []string) {
	go func() {
		for _, n := range names {
			e.events <- n // want `this send blocks forever once ctx is cancelled`
		}
	}()
}

func forward(ctx context.Context, results chan<- error, jobs []func() error) {
	for _, j := range jobs {
		go func(j func() error) {
			results <- j() // want `the goroutine never looks at ctx`
		}(j)
	}
}

// The handler's own send watches ctx, so out's receiver may stop on cancel; the
// goroutine's plain send then hangs.
func streamWatched(ctx context.Context, params []int, out chan<- int) {
	go func() {
		for _, p := range params {
			out <- p // want `this send blocks forever once ctx is cancelled`
		}
	}()
	select {
	case out <- len(params):
	case <-ctx.Done():
	}
}

func relay(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v
	}
}

// The goroutine's body is a package function that is not given ctx.
func Relay(ctx context.Context, in <-chan int, out chan<- int) {
	go relay(in, out) // want `relay can block forever sending on out once ctx is cancelled`
}
