package gl505

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Writes into a bytes.Buffer or a strings.Builder grow it, or panic: their
// error is nil on every run.
func TestBufferedReport(t *testing.T) {
	done := make(chan string)
	go func() {
		buf := new(bytes.Buffer)
		_, err := buf.WriteString("8000a9a6")
		require.NoError(t, err)
		var sb strings.Builder
		_, err = fmt.Fprintf(&sb, "%d", 42)
		require.NoError(t, err)
		done <- buf.String() + sb.String()
	}()
	<-done
}
