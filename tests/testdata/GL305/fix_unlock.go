package gl305

import "sync"

type cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *cache) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RLock() // want `never released`
	return c.m[k]
}
