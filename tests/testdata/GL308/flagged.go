package gl308

import "sync"

type Cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *Cache) lookup(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func (c *Cache) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.lookup(k) // want `this c.lookup\(\) read-locks c.mu again while holding its read lock`
}

func (c *Cache) Both(a, b string) (string, string) {
	c.mu.RLock()
	x := c.m[a]
	c.mu.RLock() // want `this read-locks c.mu again while holding its read lock: a writer waiting in between blocks it`
	y := c.m[b]
	c.mu.RUnlock()
	c.mu.RUnlock()
	return x, y
}

func (c *Cache) Put(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
}
