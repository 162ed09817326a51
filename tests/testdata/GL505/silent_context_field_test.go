package gl505

import (
	"context"
	"testing"
)

// A test's requirements carry a context only ever made by context.Background(): its Err() in the
// code under test is nil on every run, whether read from the field or from a local copied from it.
type shardReqs struct {
	ctx  context.Context
	size int
}

func newShardReqs(t *testing.T) (*shardSet, *shardReqs) {
	ctx := context.Background()
	return &shardSet{shards: map[string][]int{"a": {1}}}, &shardReqs{ctx: ctx, size: 1}
}

func TestShardsTotalFromField(t *testing.T) {
	s, tr := newShardReqs(t)
	ctx := tr.ctx
	go func() {
		if _, err := s.total(ctx, []string{"a"}); err != nil {
			t.Errorf("total: %v", err)
		}
	}()
	go func() {
		if _, err := s.total(tr.ctx, []string{"a"}); err != nil {
			t.Errorf("total: %v", err)
		}
	}()
}

// A tracing span's child context ends only when its parent does, and a function literal handed back
// runs with its caller's context: the checks below depend on the test's context alone, which never ends.
type tracer struct{}

type span struct{}

func (span) End() {}

func (tracer) Start(ctx context.Context, name string) (context.Context, span) {
	return context.WithValue(ctx, name, name), span{}
}

var tr tracer

type stepFn func(ctx context.Context, n int) error

func stopOnCancel() stepFn {
	return func(ctx context.Context, n int) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return nil
	}
}

func runSteps(ctx context.Context, n int, step stepFn) error {
	ctx, sp := tr.Start(ctx, "steps")
	defer sp.End()
	for i := 0; i < n; i++ {
		if err := step(ctx, i); err != nil {
			return err
		}
	}
	return nil
}

func TestStepsFromField(t *testing.T) {
	_, reqs := newShardReqs(t)
	go func() {
		if err := runSteps(reqs.ctx, 3, stopOnCancel()); err != nil {
			t.Errorf("steps: %v", err)
		}
	}()
}
