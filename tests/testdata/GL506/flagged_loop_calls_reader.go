package gl506

import "sync"

type dispatcher struct {
	mu     sync.RWMutex
	buffer []int
	seen   int
}

func (d *dispatcher) startDispatching() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.buffer = d.buffer[:0]
}

// dispatch resets the buffer (locking), then ranges over it unlocked.
func (d *dispatcher) dispatch() int {
	d.startDispatching()
	n := 0
	for range d.buffer {
		n++
	}
	return n
}

// Every goroutine of the loop runs dispatch on the same dispatcher: one
// reads d.buffer while another resets it.
func DispatchAll(d *dispatcher, n int) {
	for i := 0; i < n; i++ {
		go func() {
			d.dispatch() // want `data race on d\.buffer: dispatch reads it unlocked while another writes it`
		}()
	}
}
