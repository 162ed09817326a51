package rt

import (
	"testing"
	"time"
)

func TestStopsAtNegative(t *testing.T) {
	got := make(chan int, 1)
	go func() { got <- SumPositive([]int{1, 2, -1, 4}) }()
	select {
	case s := <-got:
		if s != 3 {
			t.Fatalf("sum = %d, want 3", s)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("SumPositive never returned: the producer stopped without closing ch")
	}
}
