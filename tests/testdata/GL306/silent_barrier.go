package gl306

import "sync"

type tracker struct {
	mu      sync.Mutex
	otherMu sync.RWMutex
	n       int
	child   *tracker
}

func (t *tracker) isNil() bool { return t == nil }

func (t *tracker) resolver() *tracker {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.child
}

// ProbeLocks acquires and releases the tracker's internal mutexes, so that a
// watchdog sees a deadlock as this call hanging.
func (t *tracker) ProbeLocks() {
	if t.isNil() {
		return
	}
	t.mu.Lock()
	t.mu.Unlock()

	t.otherMu.Lock()
	t.otherMu.Unlock()

	if r := t.resolver(); r != nil {
		r.ProbeLocks()
	}
}

// A function with nothing but the pair is a barrier whatever its comments.
func (t *tracker) probeLocks() {
	t.mu.Lock()
	t.mu.Unlock()
}

var pkgMu sync.Mutex

func waitForHolders() {
	pkgMu.Lock()
	pkgMu.Unlock()
}
