package gl506

import (
	"sync"
	"testing"
)

func work() []int { return []int{1, 2, 3} }

// A type declared inside the test embeds sync.Mutex: both sides hold it around the field.
func TestCountsLocked(t *testing.T) {
	type counters struct {
		sync.Mutex
		n int
	}
	state := &counters{}
	go func() {
		for range work() {
			state.Lock()
			state.n++
			state.Unlock()
		}
	}()
	state.Lock()
	if state.n > 3 {
		t.Error("too many")
	}
	state.Unlock()
}
