package rt

import (
	"testing"
	"time"
)

func TestNotifyDoesNotDeadlock(t *testing.T) {
	n := NewNotifier()
	n.Reset()
	done := make(chan struct{})
	go func() {
		n.Notify(1)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("Notify deadlocks: it sends holding the mutex the receiver locks first")
	}
}
