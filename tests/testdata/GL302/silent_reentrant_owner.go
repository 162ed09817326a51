package gl302

import "sync"

// A reentrant lock: Lock takes outer (through acquire) only when another goroutine, or none, owns it,
// and records the owner; the owner's nested Lock only counts. Lock does not return holding outer on
// every path, so a nested call's Lock is not a second Lock of outer.

func currentGoroutineID() uint64 { return 1 }

type ownerLock struct {
	outer sync.Mutex
	inner sync.Mutex
	owner uint64
	depth int
}

func (r *ownerLock) Lock() {
	r.inner.Lock()
	cur := currentGoroutineID()
	switch r.owner {
	case cur:
		r.depth++
		r.inner.Unlock()
	default:
		r.acquire(cur)
	}
}

func (r *ownerLock) acquire(g uint64) {
	r.inner.Unlock()
	r.outer.Lock()
	r.inner.Lock()
	r.owner = g
	r.depth = 1
	r.inner.Unlock()
}

func (r *ownerLock) Unlock() {
	r.inner.Lock()
	defer r.inner.Unlock()
	r.depth--
	if r.depth == 0 {
		r.owner = 0
		r.outer.Unlock()
	}
}

type nestedCounter struct {
	ownerLock
	n int
}

func (c *nestedCounter) addOne() {
	c.Lock()
	defer c.Unlock()
	c.n++
}

func (c *nestedCounter) addTwo() {
	c.Lock()
	defer c.Unlock()
	c.n++
	c.addOne()
}
