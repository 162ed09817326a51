package rt

import (
	"runtime"
	"testing"
	"time"
)

// Every timed-out Fetch leaves its worker behind unless the send can complete.
func TestFetchDoesNotLeak(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		if _, err := Fetch(20*time.Millisecond, time.Millisecond); err == nil {
			t.Fatal("expected a timeout")
		}
	}
	time.Sleep(200 * time.Millisecond) // the workers finish their sleep and try to send
	if leaked := runtime.NumGoroutine() - before; leaked > 2 {
		t.Fatalf("%d goroutines leaked", leaked)
	}
}
