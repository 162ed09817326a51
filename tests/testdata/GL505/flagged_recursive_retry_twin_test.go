package gl505

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

var errTooManyTries = errors.New("too many tries")

// The twin: the retry counts down and fails once it runs out, on a busy run.
func (s *sessionTable) StartSessionTries(ctx context.Context, key any, tries int) (func(), error) {
	if tries == 0 {
		return nil, errTooManyTries
	}
	ch, busy := s.active.LoadOrStore(key, make(chan struct{}))
	if busy {
		<-ch.(chan struct{})
		return s.StartSessionTries(ctx, key, tries-1)
	}
	return func() { close(ch.(chan struct{})); s.active.Delete(key) }, nil
}

func TestSessionsTries(t *testing.T) {
	s := &sessionTable{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			end, err := s.StartSessionTries(context.Background(), "shared", 2)
			require.NoError(t, err) // want `require\.NoError in a goroutine`
			end()
			wg.Done()
		}()
	}
	wg.Wait()
}
