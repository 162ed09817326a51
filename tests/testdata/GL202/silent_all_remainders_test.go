package gl202

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type remCache struct{ mu sync.Mutex }

func (c *remCache) add()   { c.mu.Lock(); c.mu.Unlock() }
func (c *remCache) check() { c.mu.Lock(); c.mu.Unlock() }
func (c *remCache) reset() { c.mu.Lock(); c.mu.Unlock() }

// idx is a counter's value, never negative: its remainder by 3 is 0, 1 or 2, all named, and the
// default that fails is never chosen.
func TestRemCacheConcurrent(t *testing.T) {
	c := &remCache{}
	const numCalls = 300
	var wg sync.WaitGroup
	wg.Add(numCalls)
	for i := 0; i < numCalls; i++ {
		go func(idx int) {
			switch idx % 3 {
			case 0:
				c.add()
			case 1:
				c.check()
			case 2:
				c.reset()
			default:
				require.Fail(t, "should not happen")
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
}
