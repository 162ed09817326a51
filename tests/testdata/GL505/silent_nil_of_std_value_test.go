package gl505

import (
	"math/big"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type blockSpan struct{ Start, LastKnown *big.Int }

type spanStore struct{ spans map[string]*blockSpan }

func (s *spanStore) Get(addr string) *blockSpan {
	if sp, ok := s.spans[addr]; ok {
		return sp
	}
	return &blockSpan{}
}

// require.Nil of a *big.Int, a value type of the standard library: it cannot hold an
// error, so it checks a value the code computed, the same on every run.
func TestNilOfStdValue(t *testing.T) {
	s := &spanStore{spans: map[string]*blockSpan{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		sp := s.Get("a")
		require.Nil(t, sp.Start)
		require.Nil(t, sp.LastKnown)
		wg.Done()
	}()
	wg.Wait()
}
