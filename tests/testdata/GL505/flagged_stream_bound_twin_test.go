package gl505

import (
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// The twin: the reader handed down is a file, whose reads can fail.
func TestKeyPairFromStdin(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, _, err := newKeyPair(os.Stdin)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine.*can come from os\.Stdin`
		wg.Done()
	}()
	wg.Wait()
}
