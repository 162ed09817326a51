package gl505

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The goroutine hands its cancel to a timer: the context can end while
// Wait still waits, and Wait then fails.
func TestOwnContextTimer(t *testing.T) {
	c := &liveCond{wake: make(chan struct{})}
	done := make(chan struct{})
	go func() {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(time.Millisecond, cancel)
		require.NoError(t, c.Wait(ctx)) // want `require.NoError in a goroutine`
		close(done)
	}()
	<-done
}
