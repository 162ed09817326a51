package gl506

import (
	"testing"
	"time"
)

// The goroutine writes before it takes the chained lock: the test's read
// under the lock does not order it.
func TestChainedLockLate(t *testing.T) {
	var st struct {
		set bool
		mu  chainL
	}
	go func() {
		st.set = true // want `data race on st.set`
		defer st.mu.Lock().Unlock()
	}()
	defer st.mu.Lock().Unlock()
	st.mu.DropWhile(func() { time.Sleep(10 * time.Millisecond) })
	if !st.set {
		t.Log("not yet")
	}
}
