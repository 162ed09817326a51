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
