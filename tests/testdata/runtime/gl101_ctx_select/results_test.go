package rt

import (
	"context"
	"runtime"
	"testing"
	"time"
)

func TestProducerStopsWithTheCaller(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
		Produce(ctx, 1<<30)
		cancel()
	}
	time.Sleep(100 * time.Millisecond)
	if leaked := runtime.NumGoroutine() - before; leaked > 2 {
		t.Fatalf("%d producers blocked on a send nobody receives", leaked)
	}
}
