package rt

import (
	"context"
	"runtime"
	"testing"
	"time"
)

func TestWatchStopsWithItsContext(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		Watch(ctx)
		cancel()
	}
	time.Sleep(100 * time.Millisecond)
	if leaked := runtime.NumGoroutine() - before; leaked > 2 {
		t.Fatalf("%d pollers outlived their context", leaked)
	}
}
