package gl305

import "sync"

type counter struct {
	mu sync.RWMutex
	n  int
}

func (c *counter) Inc() {
	c.mu.Lock()
	defer c.mu.Lock() // want `defer c\.mu\.Lock\(\) right after c\.mu\.Lock\(\): it never unlocks`
	c.n++
}
