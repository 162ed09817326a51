package gl304

import "sync"

type stmtCacheTwin struct {
	mu    sync.RWMutex
	stmts map[string]string
}

// Lookup fills the cache on first use; once it is filled, its RUnlock finds no read lock it took.
func (c *stmtCacheTwin) Lookup(key string) string {
	if c.stmts == nil {
		c.mu.RUnlock()
		c.mu.Lock()
		c.stmts = map[string]string{}
		c.mu.Unlock()
		c.mu.RLock()
	}
	s := c.stmts[key]
	c.mu.RUnlock() // want `c\.mu may not be locked when this Unlock runs`
	return s
}
