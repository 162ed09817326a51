package gl306

import "sync"

type readyNote struct {
	mu    sync.Mutex
	guard sync.Mutex
	ready bool
}

// The guard mutex is only ever locked and unlocked in pairs: nothing hands it over, and the empty
// pair waits for nothing.
func markReady(n *readyNote) {
	n.guard.Lock()
	n.ready = true
	n.guard.Unlock()
}

func waitReady(n *readyNote) {
	n.mu.Lock()
	ready := n.ready
	n.mu.Unlock()
	if !ready {
		n.guard.Lock() // want `empty critical section on n.guard`
		n.guard.Unlock()
	}
}
