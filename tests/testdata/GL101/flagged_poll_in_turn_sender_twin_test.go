package gl101

import (
	"sync"
	"testing"
)

// Each turn's goroutine sends twice; the turn only polls for the second value and goes on: when the
// goroutine is late, nothing receives its second send.
func TestWaiterPolled(t *testing.T) {
	for iters := 0; iters < 100; iters++ {
		var m sync.Mutex
		ch := make(chan struct{})
		go func() {
			m.Lock()
			ch <- struct{}{}
			m.Unlock()
			ch <- struct{}{} // want `goroutine blocks for.ver sending on ch`
		}()
		<-ch
		m.Lock()
		select {
		case <-ch:
		default:
		}
		m.Unlock()
	}
}
