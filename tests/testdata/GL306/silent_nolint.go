package gl306

import "sync"

type waker struct {
	mu   sync.Mutex
	cond *sync.Cond
}

// The empty section is a barrier before Broadcast, marked for staticcheck (SA2001) on its line.
func (w *waker) wake() {
	w.mu.Lock()
	w.mu.Unlock() //nolint:staticcheck // barrier: a waiter between its check and Wait is not lost
	w.cond.Broadcast()
}
