package gl302

import (
	"os"
	"sync"
)

type blobCache struct {
	mu    sync.Mutex
	items map[string]int
	proxy bool
	max   int64
}

func (c *blobCache) reserve(n int64) error { return nil }

// A bool records whether c.mu is held: set true as it is locked, false at
// each unlock. The lock under `if !locked` runs only where it is free.
func (c *blobCache) availableOrProxy(key string, size int64) (bool, error) {
	locked := true
	var err error
	c.mu.Lock()

	if _, ok := c.items[key]; ok {
		c.mu.Unlock()
		locked = false

		f, err := os.Open(key)
		if err == nil {
			f.Close()
			return false, nil
		}
	}
	err = nil

	var tryProxy bool
	if c.proxy && size <= c.max {
		if size > 0 {
			if !locked {
				c.mu.Lock()
			}
			err = c.reserve(size)
			if err == nil {
				tryProxy = true
			}
			c.mu.Unlock()
			locked = false
		} else {
			tryProxy = true
		}
	}

	if locked {
		c.mu.Unlock()
	}
	return tryProxy, err
}
