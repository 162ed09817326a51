package gl304

import "sync"

type reattachTwin struct {
	mu  sync.Mutex
	gen int
}

// The same loop, but the flag starts out true though nothing holds the lock:
// the first turn skips the Lock and unlocks an unlocked mutex.
func (c *reattachTwin) do(f func(int) error) error {
	locked := true
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
		c.mu.Unlock() // want `c\.mu may not be locked when this Unlock runs`
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
