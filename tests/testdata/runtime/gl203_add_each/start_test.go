package rt

import (
	"testing"
	"time"
)

func TestStartValidReturns(t *testing.T) {
	done := make(chan struct{})
	go func() {
		startValid([]int{0, 1, 2})
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("startValid never returns: Add counted a job that got no goroutine")
	}
}
