package rt

import (
	"testing"
	"time"
)

func TestJoinDoesNotDeadlock(t *testing.T) {
	h := NewHub()
	done := make(chan struct{})
	go func() {
		for i := 0; i < 10; i++ {
			h.Join(1)
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("Join deadlocks: it sends while holding the mutex the receiver needs")
	}
}
