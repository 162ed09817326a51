package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

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
			t.Errorf("consumer error: %v", err)
		}
	}()
	waitSignal(t, dispatched, 5*time.Second)
}
