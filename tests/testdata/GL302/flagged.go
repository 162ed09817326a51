package gl302

import "sync"

type Cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *Cache) refresh() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m = map[string]string{}
}

func (c *Cache) Get(k string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.refresh() // want `c.refresh\(\) locks c.mu again while it is held here: it deadlocks`
	}
	return c.m[k]
}

func (c *Cache) Upgrade(k, v string) {
	c.mu.RLock()
	if _, ok := c.m[k]; !ok {
		c.mu.Lock() // want `c.mu is upgraded from a read lock while this goroutine holds it`
		c.m[k] = v
		c.mu.Unlock()
	}
	c.mu.RUnlock()
}

func twice(mu *sync.Mutex) {
	mu.Lock()
	println("first")
	mu.Lock() // want `mu is locked again while this goroutine holds it`
	mu.Unlock()
}
