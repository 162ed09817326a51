package bufpool_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	bp "example.com/aliasedext/common/bufpool"
)

// The twin: the limited pool's Get fails once its buffers are out, which eight
// goroutines sharing four buffers can reach.
func TestLimitPoolConcurrent(t *testing.T) {
	p := bp.NewLimitPool(4)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			b, err := p.Get()
			require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
			p.Put(b)
			wg.Done()
		}()
	}
	wg.Wait()
}
