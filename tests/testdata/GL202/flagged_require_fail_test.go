package gl202

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

func loadShard(i int) error {
	_, err := os.ReadFile(fmt.Sprintf("shard-%d", i))
	return err
}

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
