package rt

import (
	"testing"
	"time"
)

func TestOpenBeforeWait(t *testing.T) {
	g := NewGate()
	g.Open() // the gate is opened before anyone waits
	passed := make(chan struct{})
	go func() {
		g.Wait()
		close(passed)
	}()
	select {
	case <-passed:
	case <-time.After(time.Second):
		t.Fatal("lost wake-up: the waiter never passed the open gate")
	}
}
