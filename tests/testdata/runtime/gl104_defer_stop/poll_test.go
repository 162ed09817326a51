package rt

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// Before Go 1.23 an unstopped ticker stays in the runtime's timer heap for good:
// after many short polls the memory they held is still in use.
func TestPollReleasesItsTicker(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 200000; i++ {
		Poll(ctx, time.Hour, func() {})
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 8<<20 {
		t.Fatalf("%d MB still held by tickers that were never stopped", grown>>20)
	}
}
