package gl304

import "sync"

type stmtCache struct {
	mu    sync.RWMutex
	stmts map[string]string
}

// Lookup upgrades to the write lock to fill the cache, and gives the read lock back before it returns.
func (c *stmtCache) Lookup(key string) string {
	// assumes RLock is held
	if c.stmts == nil {
		c.mu.RUnlock()
		c.mu.Lock()
		if c.stmts == nil {
			c.stmts = map[string]string{}
		}
		c.mu.Unlock()
		c.mu.RLock()
	}
	if s, ok := c.stmts[key]; ok {
		return s
	}
	c.mu.RUnlock()
	defer c.mu.RLock()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stmts[key] = "prepared " + key
	return c.stmts[key]
}
