package gl505

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// The value encoded is received from another goroutine, but an encoder's error depends on the
// value's type alone: the same on every run. Silent.
func TestMarshalReceivedRows(t *testing.T) {
	rowsCh := make(chan []frameRow, 1)
	rowsCh <- goldenRows()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		rows := <-rowsCh
		_, err := json.Marshal(rows)
		require.NoError(t, err)
		wg.Done()
	}()
	wg.Wait()
}
