package gl202

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

var loadShardErr error

func loadShard(i int) error { return loadShardErr }

// require.Fail stops the goroutine (testify calls t.FailNow): the Done after it is skipped and Wait
// blocks.
func TestLoadShards(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			if err := loadShard(i); err != nil {
				require.Fail(t, "load failed", "shard %d: %v", i, err) // want `goroutine stops here \(t.Fatal ends it\) without calling wg.Done\(\)`
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
}
