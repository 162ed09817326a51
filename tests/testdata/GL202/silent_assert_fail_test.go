package gl202

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// assert.Fail only marks the test failed: the goroutine goes on to its Done.
func TestLoadShardsAssert(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			if err := loadShard(i); err != nil {
				assert.Fail(t, "load failed", "shard %d: %v", i, err)
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
}
