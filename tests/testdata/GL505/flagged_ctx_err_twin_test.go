package gl505

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
			t.Errorf("run: %v", err) // want `t\.Errorf may run after the test returns`
		}
	}()
	cctx, ccancel := context.WithCancel(context.Background())
	defer ccancel()
	go func() {
		if err := c.Serve(cctx); err != nil {
			t.Errorf("serve: %v", err) // want `t\.Errorf may run after the test returns`
		}
	}()
	c.queue <- "m"
}
