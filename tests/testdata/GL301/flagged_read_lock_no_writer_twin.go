package gl301

import "sync"

type counterSet struct {
	lock  sync.RWMutex
	total int
}

// The same leak, but add write-locks the mutex: it then waits forever for the read lock left held.
func (c *counterSet) waitFor(n int) bool {
	c.lock.RLock()
	if c.total == n {
		return true // want `return with c\.lock locked: c\.lock\.RUnlock\(\) is skipped on this path`
	}
	c.lock.RUnlock()
	return false
}

func (c *counterSet) add(d int) {
	c.lock.Lock()
	c.total += d
	c.lock.Unlock()
}
