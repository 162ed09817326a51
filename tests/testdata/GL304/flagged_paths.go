package gl304

import "sync"

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) incr(fast bool) {
	if !fast {
		c.mu.Lock()
	}
	c.n++
	c.mu.Unlock() // want `c.mu may not be locked when this Unlock runs`
}

func (c *counter) reset() {
	c.mu.Lock()
	c.n = 0
	c.mu.Unlock()
	if c.n == 0 {
		c.mu.Unlock() // want `c.mu is unlocked twice on this path`
	}
}
