package gl505

import (
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

func fetchShard(n int) (int, error) {
	if n > 2 {
		return 0, errors.New("no such shard")
	}
	return n * 10, nil
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
