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
		require.NoError(t, s.Ping())
		close(done)
	}()
	<-done
}

type storeHarness struct {
	store *gl505.Store
}

// Through a field of a harness struct declared here, typed with the package's own type.
func TestExternalHarnessPing(t *testing.T) {
	h := &storeHarness{store: gl505.NewStore()}
	done := make(chan struct{})
	go func() {
		require.NoError(t, h.store.Ping())
		close(done)
	}()
	<-done
}
