package gl505

import (
	"context"
	"testing"
	"time"
)

// The twin: one constructor gives the field a context with a deadline, so its Err() can be set.
type boundReqs struct {
	ctx context.Context
}

func newBoundReqs() *boundReqs {
	return &boundReqs{ctx: context.Background()}
}

func newTimedReqs() (*boundReqs, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	return &boundReqs{ctx: ctx}, cancel
}

// A late report is shown only where nothing between the go statement and the test's return can wait for
// the goroutine: the call of a package function that goleash does not read for that keeps it silent.
func TestShardsTotalFromTimedField(t *testing.T) {
	s := &shardSet{shards: map[string][]int{"a": {1}}}
	tr, cancel := newTimedReqs()
	defer cancel()
	_ = newBoundReqs()
	go func() {
		if _, err := s.total(tr.ctx, []string{"a"}); err != nil {
			t.Errorf("total: %v", err) // (silent: newBoundReqs, after the go, may wait for the goroutine)
		}
	}()
}

// The twin: the steps run under a context with a deadline.
func TestStepsTimed(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	go func() {
		if err := runSteps(ctx, 3, stopOnCancel()); err != nil {
			t.Errorf("steps: %v", err) // want `t\.Errorf may run after the test returns.*can come from step\(ctx\)`
		}
	}()
}
