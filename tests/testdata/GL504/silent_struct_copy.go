package gl504

import (
	"sync"
	"sync/atomic"
)

type pairStats struct {
	Hits uint64
	Size uint64
}

// The twin: the counters are loaded one by one, the struct is only addressed, and the one
// copy is made with the cache's mutex held, which every add holds too.
type pairCache struct {
	mu    sync.Mutex
	stats pairStats
}

func (c *pairCache) hit() {
	c.mu.Lock()
	atomic.AddUint64(&c.stats.Hits, 1)
	c.mu.Unlock()
}

func (c *pairCache) Hits() uint64 {
	return atomic.LoadUint64(&c.stats.Hits)
}

func (c *pairCache) statsPtr() *pairStats {
	return &c.stats
}

func (c *pairCache) Snapshot() pairStats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stats
}

func (c *pairCache) Size() uint64 {
	return c.stats.Size
}

func (c *pairCache) Run(n int) {
	for i := 0; i < n; i++ {
		go c.hit()
	}
}

// A pointer to the stats handed on copies nothing: the receiver loads the counters itself.
type sharedPairCache struct {
	stats *pairStats
}

func (c *sharedPairCache) hit() { atomic.AddUint64(&c.stats.Hits, 1) }

func (c *sharedPairCache) Stats() *pairStats { return c.stats }

func (c *sharedPairCache) Run(n int) {
	for i := 0; i < n; i++ {
		go c.hit()
	}
}
