package gl101

import (
	"testing"
	"time"
)

// Each call of the literal starts its own goroutine: a poll that takes the
// default case leaves that goroutine with nobody to receive.
func TestPollStartsSender(t *testing.T) {
	poll.Eventually(t, func() bool {
		got := make(chan int)
		go func() {
			got <- compute() // want `goroutine blocks forever sending on got`
		}()
		select {
		case <-got:
			return true
		default:
			return false
		}
	}, time.Second, 10*time.Millisecond)
}

// The poll can succeed without receiving (its other check): once it has, nothing
// receives what the goroutine sends later.
func TestPollSucceedsWithoutReceiving(t *testing.T) {
	errs := make(chan int)
	go func() {
		errs <- compute() // want `goroutine blocks forever sending on errs`
	}()
	poll.Eventually(t, func() bool {
		select {
		case <-errs:
			t.Fatal("failed")
		default:
		}
		return compute() > 0
	}, time.Second, 10*time.Millisecond)
}
