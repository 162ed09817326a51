package gl101

import (
	"errors"
	"time"
)

// The first value is received before the second sender starts: when the
// parent gives up, one value at most is in flight, and it fits the slot.
func oneAtATime() (int, error) {
	done := make(chan int, 1)
	go func() { done <- compute() }()
	first := <-done
	go func() { done <- compute() }()
	select {
	case v := <-done:
		return first + v, nil
	case <-time.After(time.Second):
		return first, errors.New("timeout")
	}
}

// The first select goes on only through its receive (the other case
// returns): past it, the second sender's value alone can be in flight.
func stepwise() (int, error) {
	done := make(chan int, 1)
	go func() { done <- compute() }()
	var first int
	select {
	case first = <-done:
	case <-time.After(time.Second):
		return 0, errors.New("timeout")
	}
	go func() { done <- compute() }()
	select {
	case v := <-done:
		return first + v, nil
	default:
		return first, nil
	}
}

// A default case that falls out of the select into a plain receive: every path receives.
func tooEarly() error {
	errCh := make(chan error)
	go func() {
		if err := work(); err != nil {
			errCh <- err
			return
		}
		errCh <- nil
	}()
	time.Sleep(time.Millisecond)
	select {
	case err := <-errCh:
		if err != nil {
			return err
		}
		return errors.New("too early")
	default:
	}
	return <-errCh
}

var workErr error

func work() error { return workErr }
