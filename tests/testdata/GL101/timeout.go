package gl101

import (
	"context"
	"errors"
	"time"
)

func compute() int { return 42 }

// The classic: the parent gives up at the timeout, the sender blocks forever.
func fetchTimeout() (int, error) {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `goroutine blocks forever sending on ch`
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(time.Second):
		return 0, errors.New("timeout")
	}
}

// The parent's context is cancelled first.
func fetchCtx(ctx context.Context) (int, error) {
	results := make(chan int)
	go func() {
		v := compute()
		results <- v // want `goroutine blocks forever sending on results`
	}()
	select {
	case v := <-results:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

// A too-small buffer: two sends, one slot.
func twoSends() int {
	ch := make(chan int, 1)
	go func() { ch <- 1 }() // want `goroutine blocks forever sending on ch`
	go func() { ch <- 2 }()
	select {
	case v := <-ch:
		return v
	case <-time.After(time.Millisecond):
		return 0
	}
}

// One of two channels, but the timeout case leaves both sends unreceived.
func oneOfTwoWithTimeout() (int, error) {
	vals := make(chan int)
	errs := make(chan error)
	go func() {
		if v := work(); v < 0 {
			errs <- errors.New("negative") // want `goroutine blocks forever sending on errs.*time\.After`
		} else {
			vals <- v // want `goroutine blocks forever sending on vals.*time\.After`
		}
	}()
	select {
	case v := <-vals:
		return v, nil
	case err := <-errs:
		return 0, err
	case <-time.After(time.Second):
		return 0, errors.New("timeout")
	}
}

// Two senders on a one-slot channel, both in flight when the parent gives up:
// the second send has no room and no receiver.
func twoInFlight() (int, error) {
	done := make(chan int, 1)
	go func() { done <- compute() }() // want `goroutine blocks forever sending on done. Buffered \(1\)`
	go func() { done <- compute() }()
	select {
	case v := <-done:
		return v, nil
	case <-time.After(time.Second):
		return 0, errors.New("timeout")
	}
}

// done is closed as the goroutine's last act, so taking <-done strands nothing; but on the timeout the
// goroutine may still be reading, and its send then waits forever.
func awaitGoAwayOrTimeout() error {
	done := make(chan struct{})
	errCh := make(chan error)
	go func() {
		for {
			v := compute()
			if v < 0 {
				errCh <- errors.New("negative") // want `when the select takes case <-time.After\(time.Second\) first`
				return
			}
			if v == 42 {
				close(done)
				return
			}
		}
	}()
	select {
	case <-done:
		return nil
	case err := <-errCh:
		return err
	case <-time.After(time.Second):
		return errors.New("timeout")
	}
}

// done is closed, but not as the goroutine's last act: it can send after the close.
func closeThenSend() error {
	done := make(chan struct{})
	errCh := make(chan error)
	go func() {
		close(done)
		errCh <- errors.New("late") // want `when the select takes case <-done first`
	}()
	select {
	case <-done:
		return nil
	case err := <-errCh:
		return err
	}
}

// The default case returns: nothing receives the goroutine's value.
func notYet() error {
	errCh := make(chan error)
	go func() {
		errCh <- probe() // want `goroutine blocks forever sending on errCh. Unbuffered channel: when the select takes its default case`
	}()
	select {
	case err := <-errCh:
		return err
	default:
		return nil
	}
}

var probeErr error

func probe() error { return probeErr }
