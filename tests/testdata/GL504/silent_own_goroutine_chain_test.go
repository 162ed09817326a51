package gl504

import (
	"context"
	"testing"
)

// The test drives one step of the loop itself, on an elector no goroutine runs.
func TestElectorTick(t *testing.T) {
	e := &elector{ctx: context.Background(), changes: make(chan bool, 1)}
	e.tick()
	if !e.IsLeader() {
		t.Fatal("not leader after the first tick")
	}
}
