package gl505_test

import (
	"testing"

	"example.com/gl505"
	"github.com/stretchr/testify/require"
)

// Get can fail (a closed store): require stops only the goroutine.
func TestExternalGet(t *testing.T) {
	s := gl505.NewStore()
	done := make(chan struct{})
	go func() {
		require.NoError(t, s.Get()) // want `require\.NoError in a goroutine`
		close(done)
	}()
	<-done
}

type getHarness struct {
	store *gl505.Store
}

// Through a harness field too, Get can fail.
func TestExternalHarnessGet(t *testing.T) {
	h := &getHarness{store: gl505.NewStore()}
	done := make(chan struct{})
	go func() {
		require.NoError(t, h.store.Get()) // want `require\.NoError in a goroutine`
		close(done)
	}()
	<-done
}
