package gl505

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

func decodeFixed(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

// The error checked in the else branch comes from a decode of the case's own input: the same on
// every run, it fails only once the code regressed.
func TestDecodeCases(t *testing.T) {
	for _, tc := range []struct {
		in  string
		bad bool
	}{{"a", false}, {"", true}} {
		go func() {
			_, err := decodeFixed(tc.in)
			if tc.bad {
				require.Error(t, err)
			} else {
				require.NoError(t, err)
			}
		}()
	}
}
