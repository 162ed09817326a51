package gl601

import (
	"context"
	"testing"
	"time"
)

func validContext(ctx context.Context) error { return ctx.Err() }

// Contexts whose deadline has passed when they are made: cancelled and detached at once.
func TestExpiredContexts(t *testing.T) {
	ctx, _ := context.WithTimeout(context.Background(), -time.Second)
	if validContext(ctx) == nil {
		t.Fatal("expected an error")
	}
	ctx2, _ := context.WithDeadline(context.Background(), time.Now())
	if validContext(ctx2) == nil {
		t.Fatal("expected an error")
	}
	ctx3, _ := context.WithDeadline(ctx, time.Now().Add(-5*time.Minute))
	if validContext(ctx3) == nil {
		t.Fatal("expected an error")
	}
}

// A deadline at a fixed instant long past (the epoch, the zero time): expired when made.
func TestEpochDeadline(t *testing.T) {
	ctx, _ := context.WithDeadline(context.Background(), time.Unix(0, 0))
	if validContext(ctx) == nil {
		t.Fatal("expected an error")
	}
	ctx2, _ := context.WithDeadline(ctx, time.Time{})
	if validContext(ctx2) == nil {
		t.Fatal("expected an error")
	}
}

// A step back by a local duration given once: expired when made.
func TestStepBackByLocal(t *testing.T) {
	duration := time.Minute * 3
	ctx, _ := context.WithDeadline(context.Background(), time.Now().Add(-duration))
	if validContext(ctx) == nil {
		t.Fatal("expected an error")
	}
}
