package rt

import (
	"testing"
	"time"
)

func TestHandoff(t *testing.T) {
	done := make(chan int)
	go func() { done <- handoff(100) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("handoff deadlocks: each side holds the mutex the other needs")
	}
}
