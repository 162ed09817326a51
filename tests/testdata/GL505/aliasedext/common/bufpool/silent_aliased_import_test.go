package bufpool_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	bp "example.com/aliasedext/common/bufpool"
)

// The external test package imports the package under an alias: bp.NewChanPool is
// still the package's own function, whose pool's Get returns nil on every path.
func TestChanPoolConcurrent(t *testing.T) {
	p := bp.NewChanPool(64)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			b, err := p.Get()
			require.NoError(t, err)
			p.Put(b)
			wg.Done()
		}()
	}
	wg.Wait()
}
