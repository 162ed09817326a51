package gl306

import "sync"

type upstream struct{ mu sync.Mutex }

// probeLocks acquires and releases the upstream's mutex.
func (u *upstream) probeLocks() {
	u.mu.Lock()
	u.mu.Unlock()
}

type resolver struct {
	mu  sync.Mutex
	fwd *upstream
}

// ProbeLocks acquires and releases the resolver's mutexes, and those of its
// forwarder when it has one.
func (r *resolver) ProbeLocks() {
	r.mu.Lock()
	r.mu.Unlock()

	if r.fwd != nil {
		r.fwd.probeLocks()
	}
}
