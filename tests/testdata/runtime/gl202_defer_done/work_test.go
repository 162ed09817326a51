package rt

import (
	"testing"
	"time"
)

func TestSumWithNegativeItemReturns(t *testing.T) {
	done := make(chan int, 1)
	go func() { done <- Sum([]int{1, -2, 3}) }()
	select {
	case got := <-done:
		if got != 4 {
			t.Fatalf("Sum = %d, want 4", got)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Sum hangs: wg.Wait never returns")
	}
}
