package gl302

import "sync"

type Conn struct {
	mu     sync.Mutex
	closed bool
	n      int
}

func (c *Conn) reSTUN() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

// go c.reSTUN() runs in another goroutine: it waits for Update to unlock, no deadlock.
func (c *Conn) Update() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	go c.reSTUN()
}

// The deferred call runs after the explicit Unlock.
func (c *Conn) Bump() {
	c.mu.Lock()
	defer c.reSTUN()
	c.n++
	c.mu.Unlock()
}

// readErr(true) does not lock: the caller already holds the mutex.
func (r *Ring) Read() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.readErr(true)
}

// Both tests of the same unchanging condition take the same branch.
func (c *Conn) Maybe(lock bool) {
	if lock {
		c.mu.Lock()
	}
	c.n++
	if lock {
		c.mu.Unlock()
	}
	c.mu.Lock()
	c.n--
	c.mu.Unlock()
}

// A lock handed back and forth: release, then take again, in a helper the caller calls with the lock held.
func (c *Conn) waitLocked() {
	c.mu.Unlock()
	c.n++
	c.mu.Lock()
}

func (c *Conn) Wait() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.waitLocked()
	c.mu.Unlock()
	c.mu.Lock()
}

// Locking through closures keyed on the caller's flag.
func (c *Conn) process(needLock bool) {
	lock := func() {
		if needLock {
			c.mu.Lock()
		}
	}
	unlock := func() {
		if needLock {
			c.mu.Unlock()
		}
	}
	lock()
	c.n++
	unlock()
}

func (c *Conn) Process() { c.process(true) }

func (c *Conn) ProcessLocked() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.process(false)
}
