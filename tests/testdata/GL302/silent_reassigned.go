package gl302

import "sync"

type entry struct{ mu sync.Mutex }

// The second Lock is on a new entry: c was reassigned in between.
func getLocked(cache map[string]*entry, k string, ok bool) (c *entry) {
	c = cache[k]
	if c != nil {
		c.mu.Lock()
		if !ok {
			c.mu.Unlock()
			c = nil
		}
	}
	if c == nil {
		c = &entry{}
		c.mu.Lock()
	}
	return c
}
