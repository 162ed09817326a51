package gl505

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type sessionTable struct{ active sync.Map }

// StartSession waits for a busy key and tries again with the same arguments; it fails only in the
// case <-ctx.Done(), which a Background context never takes.
func (s *sessionTable) StartSession(ctx context.Context, key any) (func(), error) {
	ch, busy := s.active.LoadOrStore(key, make(chan struct{}))
	if busy {
		select {
		case <-ch.(chan struct{}):
		case <-ctx.Done():
			return func() {}, ctx.Err()
		}
		return s.StartSession(ctx, key)
	}
	return func() { close(ch.(chan struct{})); s.active.Delete(key) }, nil
}

func TestSessionsPerKey(t *testing.T) {
	s := &sessionTable{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(key int) {
			end, err := s.StartSession(context.Background(), key)
			require.NoError(t, err)
			end()
			wg.Done()
		}(i)
	}
	wg.Wait()
}
