package rt

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// The consumer takes the first result and cancels: the stage must not stay blocked.
func TestStageStopsWhenConsumerCancels(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		<-Squares(ctx, []int{1, 2, 3})
		cancel()
	}
	time.Sleep(100 * time.Millisecond)
	if leaked := runtime.NumGoroutine() - before; leaked > 2 {
		t.Fatalf("%d pipeline goroutines blocked after cancel", leaked)
	}
}
