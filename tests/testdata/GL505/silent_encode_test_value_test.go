package gl505

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type frameRow struct {
	Name  string
	Value float64
}

func goldenRows() []frameRow { return []frameRow{{"a", 1}, {"b", 2}} }

// json.Marshal of a value built from the test's own inputs, and the decoding of what it
// gave: the same result on every run.
func TestMarshalRowsConcurrent(t *testing.T) {
	rows := goldenRows()
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			data, err := json.Marshal(rows)
			require.NoError(t, err)
			var back []map[string]interface{}
			err = json.Unmarshal(data, &back)
			require.NoError(t, err)
			wg.Done()
		}()
	}
	wg.Wait()
}
