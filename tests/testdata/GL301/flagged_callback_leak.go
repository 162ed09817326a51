package gl301

import (
	"sync"
	"time"
)

type subConnCache struct {
	mu      sync.Mutex
	entries map[int]bool
	aborted map[int]bool
}

// The timer's callback locks the cache and returns early without unlocking:
// the next Lock anywhere blocks forever. No other closure takes the lock over.
func (c *subConnCache) expire(k int, after time.Duration) *time.Timer {
	return time.AfterFunc(after, func() {
		c.mu.Lock()
		if c.aborted[k] {
			return // want `return with c\.mu locked`
		}
		delete(c.entries, k)
		c.mu.Unlock()
	})
}

// The same as a closure bound to a variable and started later.
func (c *subConnCache) sweep(ks []int) {
	drop := func() {
		c.mu.Lock()
		for _, k := range ks {
			if c.aborted[k] {
				return // want `return with c\.mu locked`
			}
			delete(c.entries, k)
		}
		c.mu.Unlock()
	}
	go drop()
}
