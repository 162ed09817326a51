package gl305

func (c *counter) Get() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.n
}

func (c *counter) relock() {
	c.mu.Unlock()
	defer c.mu.Lock() // hand the lock back to the caller, who holds it
	c.n = 0
}
