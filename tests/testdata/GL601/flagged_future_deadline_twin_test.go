package gl601

import (
	"context"
	"testing"
	"time"
)

// The twin: deadlines in the future keep a timer running until they pass.
func TestFutureContexts(t *testing.T) {
	ctx, _ := context.WithTimeout(context.Background(), 2*time.Second) // want `the cancel func of context\.WithTimeout is discarded`
	if validContext(ctx) != nil {
		t.Fatal("unexpected error")
	}
	ctx2, _ := context.WithDeadline(context.Background(), time.Now().Add(time.Minute)) // want `the cancel func of context\.WithDeadline is discarded`
	if validContext(ctx2) != nil {
		t.Fatal("unexpected error")
	}
}

// A fixed instant far ahead (2100) is no expired deadline: its timer runs until then.
func TestFarDeadline(t *testing.T) {
	ctx, _ := context.WithDeadline(context.Background(), time.Unix(4102444800, 0)) // want `the cancel func of context\.WithDeadline is discarded`
	if validContext(ctx) != nil {
		t.Fatal("unexpected error")
	}
}

// A local duration assigned again may be anything: its sign is unknown.
func testStepBackByChangedLocal(t *testing.T, back bool) {
	duration := time.Minute * 3
	if back {
		duration = -duration
	}
	ctx, _ := context.WithDeadline(context.Background(), time.Now().Add(-duration)) // want `the cancel func of context\.WithDeadline is discarded`
	if validContext(ctx) != nil {
		t.Fatal("unexpected error")
	}
}

var _ = testStepBackByChangedLocal // (run by a test)
