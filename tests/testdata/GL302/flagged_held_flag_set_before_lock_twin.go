package gl302

import "sync"

type blobIndex struct {
	mu    sync.Mutex
	items map[string]int
}

// The flag starts false while the mutex is taken: on the path that keeps
// it, `if !locked` locks it a second time.
func (c *blobIndex) lookupOrReserve(key string) int {
	locked := false
	c.mu.Lock()
	if _, ok := c.items[key]; ok {
		c.mu.Unlock()
	}
	if !locked {
		c.mu.Lock() // want `c\.mu is locked again while this goroutine holds it`
	}
	n := len(c.items)
	c.mu.Unlock()
	return n
}
