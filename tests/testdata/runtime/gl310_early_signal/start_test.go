package rt

import (
	"testing"
	"time"
)

func TestStartAndWait(t *testing.T) {
	finished := make(chan struct{})
	go func() {
		startAndWait(func() {})
		close(finished)
	}()
	select {
	case <-finished:
	case <-time.After(2 * time.Second):
		t.Fatal("startAndWait hangs: the Signal came before the Wait and was lost")
	}
}
