package gl506

import (
	"testing"
	"time"

	"example.com/chainlock"
)

// A lock of another package whose Lock and Unlock return the lock itself:
// 'defer l.Lock().Unlock()' locks at the defer statement, and both sides
// hold st.mu.
func TestChainedLockOtherPackage(t *testing.T) {
	var st struct {
		at time.Time
		mu chainlock.L
	}
	go func() {
		defer st.mu.Lock().Unlock()
		st.at = time.Now()
	}()
	defer st.mu.Lock().Unlock()
	time.Sleep(10 * time.Millisecond)
	if !st.at.IsZero() {
		t.Log("done")
	}
}
