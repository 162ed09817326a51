package gl101

import (
	"testing"
	"time"
)

// A test helper type that keeps its *testing.T in a field: the timeout case fails the test through it.
type daemonHarness struct {
	test  *testing.T
	heads chan int
}

func (h *daemonHarness) headOf() int { return <-h.heads }

func (h *daemonHarness) WaitForHead(want int, wait time.Duration) {
	done := make(chan struct{})
	go func() {
		for h.headOf() != want {
		}
		done <- struct{}{}
	}()
	select {
	case <-done:
	case <-time.After(wait):
		h.test.Fatal("timeout waiting for the head")
	}
}
