package gl202

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type modCache struct{ mu sync.Mutex }

func (c *modCache) add()   { c.mu.Lock(); c.mu.Unlock() }
func (c *modCache) check() { c.mu.Lock(); c.mu.Unlock() }

// The remainder 2 has no case: every third goroutine fails and skips its Done.
func TestModCacheConcurrent(t *testing.T) {
	c := &modCache{}
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
			default:
				require.Fail(t, "unexpected") // want `goroutine stops here \(t.Fatal ends it\) without calling wg.Done\(\)`
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
}

// The goroutines are handed i-5, negative for the first five: -5 % 3 is -2 in Go, and the default runs.
func TestModCacheShifted(t *testing.T) {
	c := &modCache{}
	var wg sync.WaitGroup
	wg.Add(10)
	for i := 0; i < 10; i++ {
		go func(idx int) {
			switch idx % 2 {
			case 0:
				c.add()
			case 1:
				c.check()
			default:
				require.Fail(t, "negative") // want `goroutine stops here \(t.Fatal ends it\) without calling wg.Done\(\)`
			}
			wg.Done()
		}(i - 5)
	}
	wg.Wait()
}
