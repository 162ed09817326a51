package gl101

import (
	"testing"
	"time"
)

type pollAsserts struct{}

// Eventually calls cond until it returns true, and fails the test when the wait
// is over (testify's require.Eventually has this shape).
func (pollAsserts) Eventually(t *testing.T, cond func() bool, wait, tick time.Duration) {
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition never satisfied")
		}
		time.Sleep(tick)
	}
}

var poll pollAsserts

// The default case only ends one poll: the callee calls the literal again.
func TestPolledReceive(t *testing.T) {
	got := make(chan int)
	go func() {
		got <- compute()
	}()
	var v int
	poll.Eventually(t, func() bool {
		select {
		case v = <-got:
			return true
		default:
			return false
		}
	}, time.Second, 10*time.Millisecond)
	_ = v
}

func compute() int { return 1 }
