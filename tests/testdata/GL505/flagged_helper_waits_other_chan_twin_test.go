package gl505

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func waitSignal(t *testing.T, ch chan struct{}, timeout time.Duration) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(timeout):
		require.Fail(t, "timed out")
	}
}

type streamConsumer struct{ dispatch func() }

func (c *streamConsumer) Run(ctx context.Context) error {
	c.dispatch()
	<-ctx.Done()
	return ctx.Err()
}

// The helper waits on the handler's signal, not on the consumer goroutine: the test can return
// while Run is still going, and its late Errorf panics.
func TestConsumerDispatches(t *testing.T) {
	dispatched := make(chan struct{})
	c := &streamConsumer{dispatch: func() { close(dispatched) }}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	go func() {
		if err := c.Run(ctx); err != nil && err != context.Canceled {
			t.Errorf("consumer error: %v", err) // want `t.Errorf may run after the test returns`
		}
	}()
	waitSignal(t, dispatched, 5*time.Second)
}
