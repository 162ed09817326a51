package gl505

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// The twin: one of the two streams is a file, whose reads can fail after the test has returned.
func TestCopyPooledFromFile(t *testing.T) {
	go func() {
		f, err := os.Open("testdata/payload")
		if err != nil {
			return
		}
		defer f.Close()
		dst := &bytes.Buffer{}
		_, err = copyPooled(dst, f)
		require.NoError(t, err) // want `require\.NoError may run after the test returned.*can come from f`
	}()
}
