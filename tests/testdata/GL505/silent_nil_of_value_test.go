package gl505

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type surveyEvent struct {
	Op   string
	Data []byte
}

func surveyOf(op string, data []byte) surveyEvent { return surveyEvent{Op: op, Data: data} }

// require.Nil of a []byte the code computed from the test's own argument: a check
// of a value, the same on every run, like require.Equal(t, nil, x).
func TestNilOfSlice(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ev := surveyOf("op", nil)
		require.Nil(t, ev.Data)
	}()
	wg.Wait()
}
