package gl505

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// The goroutine makes its own context and cancels it only once the wait
// has returned: liveCond.Wait's only error, ctx.Err(), is nil there.
func TestOwnContextLive(t *testing.T) {
	c := &liveCond{wake: make(chan struct{})}
	done := make(chan struct{})
	go func() {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		require.NoError(t, c.Wait(ctx))
		close(done)
	}()
	close(c.wake)
	<-done
}
