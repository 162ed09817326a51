package gl505

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type epochSource interface {
	NextEpoch(ctx context.Context) (int64, error)
}

type memEpochs struct {
	sync.Mutex
	rev int64
}

func newMemEpochs() *memEpochs { return &memEpochs{} }

func (m *memEpochs) NextEpoch(ctx context.Context) (int64, error) {
	m.Lock()
	defer m.Unlock()
	m.rev++
	return m.rev, nil
}

// The helper's source is an interface, but its only caller passes the in-memory one,
// whose NextEpoch returns a nil error on every path.
func checkEpochs(t *testing.T, src epochSource) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			_, err := src.NextEpoch(ctx)
			require.Nil(t, err)
			wg.Done()
		}()
	}
	wg.Wait()
}

func TestMemEpochs(t *testing.T) {
	checkEpochs(t, newMemEpochs())
}

func TestMemEpochsFromLocal(t *testing.T) {
	src := newMemEpochs()
	checkEpochs(t, src)
}
