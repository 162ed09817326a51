package gl505

import (
	"context"
	"errors"
	"testing"
)

// Pipeline stands for a stream runner of another module: Run blocks until it
// is stopped or its context is done.
type Pipeline interface {
	Run(ctx context.Context) error
	Stop() error
}

func buildPipeline() Pipeline { return nil }

// Run is given the test's own context, and its report leaves out
// context.Canceled: when the test ends, the context is cancelled and Run
// returns that, which is not reported.
func TestPipelineTestContext(t *testing.T) {
	p := buildPipeline()
	go func() {
		if err := p.Run(t.Context()); err != nil && !errors.Is(err, context.Canceled) {
			t.Error(err)
		}
	}()
	ctx := t.Context()
	go func() {
		err := p.Run(ctx)
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Error(err)
		}
	}()
	go func() {
		if err := p.Run(t.Context()); err != nil {
			if !errors.Is(err, context.Canceled) {
				t.Error(err)
			}
		}
	}()
	if err := p.Stop(); err != nil {
		t.Fatal(err)
	}
}

// The same with a context the test cancels when it returns.
func TestPipelineCancelledAtEnd(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := buildPipeline()
	go func() {
		if err := p.Run(ctx); err != nil && err != context.Canceled {
			t.Errorf("run: %v", err)
		}
	}()
	_ = p.Stop()
}
