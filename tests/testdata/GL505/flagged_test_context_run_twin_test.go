package gl505

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
			t.Error(err) // want `t\.Error may run after the test returns`
		}
	}()
	go func() {
		if err := p.Run(t.Context()); err != nil {
			t.Error(err) // want `t\.Error may run after the test returns`
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
			t.Error(err) // want `t\.Error may run after the test returns`
		}
	}()
	_ = p.Stop()
	_ = cancel
}
