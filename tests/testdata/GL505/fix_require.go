package gl505

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

func fetchShard(n int) (int, error) {
	data, err := os.ReadFile(fmt.Sprintf("shard-%d", n))
	if err != nil {
		return 0, err
	}
	return len(data), nil
}

func TestShards(t *testing.T) {
	first, err := fetchShard(0)
	require.NoError(t, err)
	require.Equal(t, 0, first)

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			size, err := fetchShard(i)
			require.NoError(t, err, "shard %d", i) // want `require\.NoError in a goroutine ends only this goroutine: the test then hangs`
			require.Equal(t, i*10, size)
			wg.Done()
		}(i)
	}
	done := make(chan struct{})
	go func() {
		_, err := fetchShard(7)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine: the test then hangs`
		close(done)
	}()
	wg.Wait()
	<-done
}
