package gl302

import "sync"

type committeeChainTwin struct {
	mu    sync.Mutex
	roots map[int]int
}

func (c *committeeChainTwin) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.roots = map[int]int{}
}

func (c *committeeChainTwin) add(p, r int) error { c.roots[p] = r; return nil }

// The second reset is reached also when the first add succeeds: both can happen.
func (c *committeeChainTwin) Init(p, r int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.add(p, r) != nil {
		c.reset() // want `c\.reset\(\) locks c\.mu again while it is held here`
	}
	if err := c.add(p+1, r); err != nil {
		c.reset() // want `c\.reset\(\) locks c\.mu again while it is held here`
		return err
	}
	return nil
}
