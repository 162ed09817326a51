package rt

import (
	"testing"
	"time"
)

func TestRunAllReturns(t *testing.T) {
	done := make(chan int, 1)
	go func() { done <- runAll([]int{1, 2, 3}) }()
	select {
	case got := <-done:
		if got != 12 {
			t.Fatalf("got %d", got)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("runAll never returns: the first Wait waits for goroutines not started yet")
	}
}
