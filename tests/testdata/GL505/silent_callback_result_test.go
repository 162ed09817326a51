package gl505

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// update returns its callback's result, and the test's callback returns nil on every path: the
// error checked in each goroutine is nil on every run.

type counterStore struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *counterStore) update(fn func(m map[string]int) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fn(s.m)
}

func TestUpdateCallbackNil(t *testing.T) {
	s := &counterStore{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			err := s.update(func(m map[string]int) error {
				m["k"] += i
				return nil
			})
			require.NoError(t, err)
			wg.Done()
		}(i)
	}
	wg.Wait()
}
