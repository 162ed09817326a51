package gl505

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The test returns without waiting for the goroutine: the test's context is
// cancelled then, and WaitFor returns its error while the goroutine runs on.
func TestProgressContextAfterReturn(t *testing.T) {
	p := newProgress[int](0)
	go func() {
		require.NoError(t, p.WaitFor(t.Context())) // want `may run after the test returned`
	}()
	time.Sleep(time.Millisecond)
}

// A context the test cancels itself before it waits: WaitFor can fail.
func TestProgressContextCancelled(t *testing.T) {
	p := newProgress[int](0)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() {
		require.NoError(t, p.WaitFor(ctx)) // want `require.NoError in a goroutine`
		close(done)
	}()
	cancel()
	<-done
}
