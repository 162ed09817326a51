package gl505

import (
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// The twin: a write to a file can fail (a full disk, a closed descriptor).
func TestFileReport(t *testing.T) {
	done := make(chan bool)
	go func() {
		_, err := fmt.Fprintf(os.Stderr, "%d", 42)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		done <- true
	}()
	<-done
}
