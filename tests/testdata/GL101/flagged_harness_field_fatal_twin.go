package gl101

import (
	"testing"
	"time"
)

// The twin of silent_harness_field_fatal.go: the timeout case only logs, and the helper returns with the
// goroutine blocked on its send.
type daemonHarness2 struct {
	test  *testing.T
	heads chan int
}

func (h *daemonHarness2) headOf() int { return <-h.heads }

func (h *daemonHarness2) WaitForHead(want int, wait time.Duration) {
	done := make(chan struct{})
	go func() {
		for h.headOf() != want {
		}
		done <- struct{}{} // want `goroutine blocks forever sending on done`
	}()
	select {
	case <-done:
	case <-time.After(wait):
		h.test.Log("timeout waiting for the head")
	}
}
