package gl505

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// The twin: the error comes from a file read, which can fail on one run and not another.
func TestReadCases(t *testing.T) {
	for _, tc := range []struct {
		path string
		bad  bool
	}{{"testdata/a", false}, {"testdata/missing", true}} {
		go func() {
			_, err := os.ReadFile(tc.path)
			if tc.bad {
				require.Error(t, err)
			} else {
				require.NoError(t, err) // want `require\.NoError may run after the test returned.*can come from os\.ReadFile`
			}
		}()
	}
}
