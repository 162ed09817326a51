package gl506

import (
	"sync"
	"testing"
)

// The second goroutine writes the field without the embedded mutex the first one holds.
func TestCountsUnlocked(t *testing.T) {
	type tally struct {
		sync.Mutex
		n int
	}
	state := &tally{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		state.Lock()
		state.n++
		state.Unlock()
	}()
	go func() {
		defer wg.Done()
		state.n++ // want `state\.n`
	}()
	wg.Wait()
}
