package gl505_test

import (
	"testing"

	"example.com/gl505"
	"github.com/stretchr/testify/require"
)

// From the external test package, gl505.NewStore and (*Store).Ping are the package's own:
// Ping returns nil on every path, so the check cannot fail.
func TestExternalPing(t *testing.T) {
	s := gl505.NewStore()
	done := make(chan struct{})
	go func() {
		defer close(done)
		require.NoError(t, s.Ping())
	}()
	<-done
}
