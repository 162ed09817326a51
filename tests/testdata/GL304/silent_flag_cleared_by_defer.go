package gl304

import "sync"

type reattach struct {
	mu  sync.Mutex
	gen int
}

// locked says whether c.mu is held: the loop locks only when it is not, and
// every way back to the top holds the lock with locked set. The deferred
// literal releases it on the way out and clears the flag there.
func (c *reattach) do(f func(int) error) error {
	locked := false
	defer func() {
		if locked {
			c.mu.Unlock()
			locked = false
		}
	}()
	for {
		if !locked {
			c.mu.Lock()
		}
		cur := c.gen
		c.mu.Unlock()
		locked = false
		if err := f(cur); err == nil {
			return nil
		}
		c.mu.Lock()
		locked = true
		if c.gen != cur {
			continue
		}
		c.gen++
	}
}
