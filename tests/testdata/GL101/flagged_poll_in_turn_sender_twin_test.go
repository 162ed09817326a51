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

// The receive before the poll runs only on even turns: on the others the goroutine's first send is the
// one left blocked.
func TestWaiterPolledSometimes(t *testing.T) {
	for iters := 0; iters < 100; iters++ {
		ch := make(chan struct{})
		go func() {
			ch <- struct{}{} // want `goroutine blocks for.ver sending on ch`
			ch <- struct{}{}
		}()
		if iters%2 == 0 {
			<-ch
		}
		select {
		case <-ch:
		default:
		}
	}
}
