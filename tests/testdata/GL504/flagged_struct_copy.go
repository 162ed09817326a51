package gl504

import (
	"sync"
	"sync/atomic"
)

type copyStats struct {
	Writes uint64
	Misses uint64
}

// A cache whose writers count into a stats struct with sync/atomic from many goroutines:
// returning the struct copies it, a plain read of each counter racing with those adds.
type statsCache struct {
	mu    sync.Mutex
	items map[string]string
	stats copyStats
}

func (c *statsCache) Set(k, v string) {
	atomic.AddUint64(&c.stats.Writes, 1)
	c.mu.Lock()
	c.items[k] = v
	c.mu.Unlock()
}

func (c *statsCache) Stats() copyStats {
	return c.stats // want `copying c\.stats reads c\.stats\.Writes, which sync/atomic updates elsewhere`
}

func (c *statsCache) Writes() uint64 {
	return c.stats.Writes // want `c\.stats\.Writes is accessed with sync/atomic elsewhere but plainly here`
}

func (c *statsCache) Fill(keys []string) {
	for _, k := range keys {
		go c.Set(k, k)
	}
}
