package gl505

import (
	"bufio"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// As TestReplayKeys, but the keys come from a file through a buffered reader: its Read can fail, and
// nothing waits for the goroutine.
func TestReplayKeysFromFile(t *testing.T) {
	f, err := os.Open("keys.bin")
	require.NoError(t, err)
	r := bufio.NewReader(f)
	key := make([]byte, 32)
	go func() {
		for i := 0; i < 1000; i++ {
			_, err := r.Read(key)
			require.NoError(t, err) // want "require.NoError may run after the test returned"
			_ = lookupRow(key)
		}
	}()
}
