package gl301

import (
	"errors"
	"sync"
)

var errMissing = errors.New("missing")

type cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *cache) Get(k string) (string, error) {
	c.mu.Lock()
	v, ok := c.m[k]
	if !ok {
		return "", errMissing // want `return with c\.mu locked: c\.mu\.Unlock\(\) is skipped on this path`
	}
	c.mu.Unlock()
	return v, nil
}

func (c *cache) Keys(disabled bool) []string {
	c.mu.RLock()
	if disabled {
		return nil // want `c.mu.RUnlock\(\) is skipped.*c.mu.Lock\(\) \(any writer\) blocks forever`
	}
	keys := make([]string, 0, len(c.m))
	for k := range c.m {
		keys = append(keys, k)
	}
	c.mu.RUnlock()
	return keys
}
