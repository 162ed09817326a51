package gl309

import "sync"

type flushHub struct {
	mu      sync.Mutex
	pending chan int
	stopped chan struct{}
	total   int
}

func newFlushHub() *flushHub {
	h := &flushHub{pending: make(chan int, 1), stopped: make(chan struct{})}
	go func() {
		defer close(h.stopped)
		for v := range h.pending {
			h.total += v
		}
	}()
	return h
}

// The worker never takes h.mu: waiting for it while holding the lock ends.
func (h *flushHub) stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	close(h.pending)
	<-h.stopped
}

// The wait comes after the unlock.
func (h *flushHub) stopUnlocked() {
	h.mu.Lock()
	close(h.pending)
	h.mu.Unlock()
	<-h.stopped
}
