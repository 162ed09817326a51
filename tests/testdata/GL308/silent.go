package gl308

import "sync"

// Nobody write-locks it after construction: no writer can come between the readers.
type Table struct {
	mu   sync.RWMutex
	rows []string
}

func (t *Table) row(i int) string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.rows[i]
}

func (t *Table) First() string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.row(0)
}

// The first read lock is released before the second.
func (c *Cache) Sequential(a string) string {
	c.mu.RLock()
	x := c.m[a]
	c.mu.RUnlock()
	return x + c.lookup(a)
}

// The locked helper expects the read lock.
func (c *Cache) lookupLocked(k string) string { return c.m[k] }

func (c *Cache) Safe(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.lookupLocked(k)
}
