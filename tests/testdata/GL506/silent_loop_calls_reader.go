package gl506

import "sync"

type lockedDispatcher struct {
	mu     sync.RWMutex
	buffer []int
}

func (d *lockedDispatcher) beginRound() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.buffer = d.buffer[:0]
}

// The read holds the read lock too.
func (d *lockedDispatcher) roundTrip() int {
	d.beginRound()
	d.mu.RLock()
	defer d.mu.RUnlock()
	return len(d.buffer)
}

// A reader that writes nothing.
func (d *lockedDispatcher) peek() int {
	return len(d.buffer)
}

func DispatchLocked(d *lockedDispatcher, n int) {
	for i := 0; i < n; i++ {
		go func() {
			d.roundTrip()
		}()
	}
}

// Goroutines that only read.
func PeekAll(d *lockedDispatcher, n int) {
	for i := 0; i < n; i++ {
		go func() {
			d.peek()
		}()
	}
}

// One goroutine at a time.
func DispatchInTurn(d *dispatcher, n int) {
	for i := 0; i < n; i++ {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			d.dispatch()
		}()
		wg.Wait()
	}
}
