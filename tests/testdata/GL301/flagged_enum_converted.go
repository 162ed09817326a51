package gl301

import "sync"

type cacheMode int

const (
	modeMemory cacheMode = iota
	modeDisk
)

type cacheTable struct {
	mu   sync.RWMutex
	rows map[string]int
}

// The cases name every constant, but the package also converts a number to the
// enum: a mode outside the cases takes the empty default with the lock held.
func (c *cacheTable) get(k string, m cacheMode) int {
	c.mu.RLock()
	switch m {
	case modeMemory:
		v := c.rows[k]
		c.mu.RUnlock()
		return v
	case modeDisk:
		c.mu.RUnlock()
		return -1
	default:
	}
	return 0 // want `return with c.mu locked`
}

func lookup(c *cacheTable, raw int) int {
	return c.get("k", cacheMode(raw))
}

// (the writer a read lock left held blocks)
func (c *cacheTable) reset() {
	c.mu.Lock()
	c.mu.Unlock()
}
