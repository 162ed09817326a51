package rt

import (
	"testing"
	"time"
)

func TestCounterFinishes(t *testing.T) {
	total := 0
	done := make(chan struct{}, 1)
	Lengths([]string{"go", "leash"}, &total, done)
	select {
	case <-done:
		if total != 7 {
			t.Fatalf("total = %d, want 7", total)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("the counting goroutine never finished: its range over ch never ends")
	}
}
