package gl308

import (
	"fmt"
	"sync"
)

type shardCache struct {
	mu     sync.RWMutex
	shards map[int]string
}

func (c *shardCache) String() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return fmt.Sprint(len(c.shards))
}

func (c *shardCache) lookup(id int) string {
	c.mu.RLock()
	s, ok := c.shards[id]
	if !ok {
		fmt.Printf("miss %d in %s\n", id, c) // want `This fmt\.Printf's c\.String\(\) read-locks it again`
	}
	c.mu.RUnlock()
	return s
}

func (c *shardCache) put(id int, s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.shards[id] = s
}
