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

// A context with a deadline ends with context.DeadlineExceeded, which the
// report does not leave out; a report that leaves nothing out sees the
// cancellation at the test's end.
func TestPipelineDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Second)
	defer cancel()
	p := buildPipeline()
	go func() {
		if err := p.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			t.Error(err)
		}
	}()
	go func() {
		if err := p.Run(t.Context()); err != nil {
			t.Error(err)
		}
	}()
	_ = p.Stop()
}

// A cancel the test never calls: the context is not ended by the test.
func TestPipelineNeverCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	p := buildPipeline()
	go func() {
		if err := p.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			t.Error(err)
		}
	}()
	_ = p.Stop()
	_ = cancel
}
