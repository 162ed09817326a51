package rt

import (
	"runtime"
	"testing"
	"time"
)

// Before Go 1.23 every time.After timer lives until it fires: a busy relay with a long idle
// timeout piles them up.
func TestRelayDoesNotPileUpTimers(t *testing.T) {
	in := make(chan int)
	go func() {
		for i := 0; i < 100000; i++ {
			in <- i
		}
	}()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	done := make(chan int)
	go func() { done <- Relay(in, time.Hour) }()
	time.Sleep(300 * time.Millisecond) // let it relay everything, then measure while it idles
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 4<<20 {
		t.Fatalf("%d MB held by pending timers", grown>>20)
	}
}
