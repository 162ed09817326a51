package gl302

import "sync"

type committeeChain struct {
	mu    sync.Mutex
	roots map[int]int
}

func (c *committeeChain) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.roots = map[int]int{}
}

func (c *committeeChain) add(p, r int) error { c.roots[p] = r; return nil }

// The second reset runs only after the first one returned, and the first never returns: only the
// first is a deadlock that can happen.
func (c *committeeChain) Init(p, r int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.add(p, r) != nil {
		c.reset() // want `c\.reset\(\) locks c\.mu again while it is held here`
		if err := c.add(p, r); err != nil {
			c.reset()
			return err
		}
	}
	return nil
}
