package gl302

import "sync"

// The wrapper takes outer (through grab) on every path: its Lock returns holding it, and the nested
// call's Lock waits for itself.

type plainWrapLock struct {
	outer sync.Mutex
	inner sync.Mutex
	depth int
}

func (r *plainWrapLock) Lock() {
	r.inner.Lock()
	r.depth++
	r.inner.Unlock()
	r.grab()
}

func (r *plainWrapLock) grab() {
	r.outer.Lock()
}

func (r *plainWrapLock) Unlock() {
	r.outer.Unlock()
}

type wrappedCounter struct {
	plainWrapLock
	n int
}

func (c *wrappedCounter) addOne() {
	c.Lock()
	defer c.Unlock()
	c.n++
}

func (c *wrappedCounter) addTwo() {
	c.Lock()
	defer c.Unlock()
	c.n++
	c.addOne() // want `c\.addOne\(\) locks c\.plainWrapLock\.outer again while it is held here`
}
