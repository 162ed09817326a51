package gl301

import "sync"

// tryFlush unlocks on its normal path, but the early return after a successful TryLock keeps
// the mutex.
type flusher struct {
	mu      sync.Mutex
	pending int
}

func (f *flusher) tryFlush() bool {
	if f.mu.TryLock() {
		if f.pending == 0 {
			return true // want "return with f.mu locked"
		}
		f.pending = 0
		f.mu.Unlock()
		return true
	}
	return false
}
