package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A context with a deadline can end with context.DeadlineExceeded, which the
// check does not leave out; and a check that leaves nothing out sees
// context.Canceled.
func TestConsumerDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	c := &consumer{queue: make(chan string)}
	go func() {
		if err := c.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("run: %v", err)
		}
	}()
	cctx, ccancel := context.WithCancel(context.Background())
	defer ccancel()
	go func() {
		if err := c.Serve(cctx); err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	c.queue <- "m"
}
