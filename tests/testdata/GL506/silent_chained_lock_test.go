package gl506

import (
	"sync"
	"testing"
	"time"
)

// chainL is a mutex whose Lock and Unlock return the lock itself, for
// chaining: 'defer l.Lock().Unlock()' locks now and unlocks at return.
type chainL struct{ mtx sync.Mutex }

func (l *chainL) Lock() *chainL   { l.mtx.Lock(); return l }
func (l *chainL) Unlock() *chainL { l.mtx.Unlock(); return l }

// DropWhile releases the lock while f runs and takes it back.
func (l *chainL) DropWhile(f func()) {
	defer l.Unlock().Lock()
	f()
}

// Both sides hold st.mu: the goroutine while it writes, the test while it
// reads (DropWhile gives the lock back before it returns).
func TestChainedLock(t *testing.T) {
	var st struct {
		at  time.Time
		set bool
		mu  chainL
	}
	go func() {
		defer st.mu.Lock().Unlock()
		st.at = time.Now()
		st.set = true
	}()
	defer st.mu.Lock().Unlock()
	st.mu.DropWhile(func() { time.Sleep(10 * time.Millisecond) })
	if !st.set {
		t.Log("not yet")
	}
	_ = st.at
}
