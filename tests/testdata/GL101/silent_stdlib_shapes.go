package gl101

import (
	"errors"
	"testing"
	"time"
)

var shared chan struct{}

// Shapes found in the Go standard library that must stay silent.

// One send per path (each error send returns) fits a buffer of one.
func sendThenReturn(fail bool) error {
	errc := make(chan error, 1)
	go func() {
		if fail {
			errc <- errors.New("first")
			return
		}
		errc <- nil
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(time.Second):
		return errors.New("timeout")
	}
}

// The timeout case gives up waiting only to wait again after a kill.
func waitAfterKill(kill func()) error {
	done := make(chan error)
	go func() { done <- errors.New("exited") }()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Second):
		kill()
	}
	return <-done
}

// The timeout case fails the test: the leak only happens on a failing run.
func testTimeout(t *testing.T) {
	c := make(chan int)
	go func() { c <- 1 }()
	select {
	case <-c:
	case <-time.After(time.Second):
		t.Fatal("timed out")
	}
}

// A package-level channel is shared: someone else may receive.
func global() {
	shared = make(chan struct{})
	go func() { shared <- struct{}{} }()
}

// The receive loop exits on a counter, not on a received value: it drains everything.
func drainAll(n int) error {
	errc := make(chan error)
	for i := 0; i < n; i++ {
		go func() { errc <- nil }()
	}
	var first error
	for active := n; ; {
		err := <-errc
		if first == nil {
			first = err
		}
		active--
		if active == 0 {
			return first
		}
	}
}
