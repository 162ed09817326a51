package rt

import (
	"context"
	"runtime"
	"testing"
	"time"
)

func TestWorkersStopWithTheirContext(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		StartWorker(ctx, make(chan func()))
		cancel()
	}
	time.Sleep(100 * time.Millisecond)
	if leaked := runtime.NumGoroutine() - before; leaked > 2 {
		t.Fatalf("%d worker goroutines outlived their context", leaked)
	}
}
