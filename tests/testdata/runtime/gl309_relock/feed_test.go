package rt

import (
	"testing"
	"time"
)

func TestPublishDoesNotDeadlock(t *testing.T) {
	f := NewFeed()
	done := make(chan struct{})
	go func() {
		for i := 0; i < 100000; i++ {
			f.Publish(i)
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Publish deadlocks: the loop waits for the mutex Publish holds while it sends")
	}
}
