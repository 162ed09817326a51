package gl101

import (
	"sync"
	"testing"
	"time"
)

// Each turn makes its own channel and goroutine. The select with a default only polls for an early
// second value; the receive after it (or the test's failure on its timeout) takes it: the loop's turns
// are no polling loop for this goroutine.
func TestWaiterSignalled(t *testing.T) {
	for iters := 0; iters < 100; iters++ {
		var m sync.Mutex
		ch := make(chan struct{})
		go func() {
			m.Lock()
			ch <- struct{}{}
			m.Unlock()
			ch <- struct{}{}
		}()
		<-ch
		m.Lock()
		select {
		case <-ch:
		default:
		}
		m.Unlock()
		select {
		case <-ch:
		case <-time.After(2 * time.Second):
			t.Fatalf("waiter not signalled")
		}
	}
}
