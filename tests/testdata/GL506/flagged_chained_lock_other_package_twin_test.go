package gl506

import (
	"testing"
	"time"

	"example.com/chainlock"
)

// The reader holds the chained lock, but the goroutine writes before it
// takes it: nothing orders the write before the read.
func TestChainedLockOtherPackageLate(t *testing.T) {
	var st struct {
		at time.Time
		mu chainlock.L
	}
	go func() {
		st.at = time.Now() // want `data race on st.at`
		defer st.mu.Lock().Unlock()
	}()
	defer st.mu.Lock().Unlock()
	time.Sleep(10 * time.Millisecond)
	if !st.at.IsZero() {
		t.Log("done")
	}
}
