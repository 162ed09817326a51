package gl304

// The same unchanging condition guards the Lock and the Unlock.
func (c *counter) add(locked bool, d int) {
	if !locked {
		c.mu.Lock()
	}
	c.n += d
	if !locked {
		c.mu.Unlock()
	}
}

// Releases the caller's lock (a release helper), then takes it back.
func (c *counter) yieldLocked() {
	c.mu.Unlock()
	c.n++
	c.mu.Lock()
}

// Lock and Unlock in every iteration.
func (c *counter) spin(k int) {
	for i := 0; i < k; i++ {
		c.mu.Lock()
		if c.n > 10 {
			c.mu.Unlock()
			continue
		}
		c.n++
		c.mu.Unlock()
	}
}

// A guard field the function never changes.
type guarded struct {
	mu   *counter
	safe bool
}

func (g *guarded) bump() {
	if g.safe {
		g.mu.mu.Lock()
	}
	g.mu.n++
	if g.safe {
		g.mu.mu.Unlock()
	}
}
