package gl505

import (
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// The callback fails once the count passes a limit: which goroutine's turn it is decides whether
// its update fails. But the callback runs behind update's func parameter, which goleash does
// not follow: no path to the failure can be shown, and it stays silent (a known miss).

type limitedStore struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *limitedStore) update(fn func(m map[string]int) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fn(s.m)
}

func TestUpdateCallbackLimit(t *testing.T) {
	s := &limitedStore{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			err := s.update(func(m map[string]int) error {
				if m["k"] > 3 {
					return errors.New("over the limit")
				}
				m["k"] += i
				return nil
			})
			require.NoError(t, err)
			wg.Done()
		}(i)
	}
	wg.Wait()
}
