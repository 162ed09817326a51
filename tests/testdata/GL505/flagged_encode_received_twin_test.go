package gl505

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// The value encoded is received from another goroutine: it can differ from run to run.
func TestMarshalReceivedRows(t *testing.T) {
	rowsCh := make(chan []frameRow, 1)
	rowsCh <- goldenRows()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		rows := <-rowsCh
		_, err := json.Marshal(rows)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		wg.Done()
	}()
	wg.Wait()
}
