package gl407

import (
	"context"
	"errors"
	"time"
)

func produce(ctx context.Context, out chan<- int) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			return
		default:
			n++
			out <- n // want `this blocks in the select's default, where the stop is not watched`
		}
	}
}

// A one-slot buffer, but the loop sends on every turn: the second send
// blocks while stop goes unseen.
func report(stop <-chan struct{}) <-chan error {
	errs := make(chan error, 1)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				if _, err := next(); err != nil {
					errs <- err // want "this blocks in the select's default"
				}
			}
		}
	}()
	return errs
}

// The channel is made in the default, but no goroutine of the default gets it: whoever sends on it is
// not waited for by this round.
func roundWithoutWorkers(ctx context.Context, register func(chan<- int)) {
	for {
		select {
		case <-ctx.Done():
			return
		default:
			done := make(chan int)
			register(done)
			<-done // want "this blocks in the select's default"
		}
	}
}

// The same dialer without the goroutine that drains the result on the timeout path: the send in the
// default blocks forever there, and the stop case is not seen meanwhile.
func dialNoDrain(addr string, timeout time.Duration, dial func(string) (int, error)) (int, error) {
	stop := make(chan struct{})
	results := make(chan int)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				c, err := dial(addr)
				if err != nil {
					continue
				}
				results <- c // want "this blocks in the select.s default" "goroutine blocks forever sending on results"
				return
			}
		}
	}()
	select {
	case c := <-results:
		return c, nil
	case <-time.After(timeout):
		close(stop)
		return 0, errors.New("timeout")
	}
}
