package gl301

import (
	"sync"
	"time"
)

// The wrapper only counts its calls and never runs the func it is given: the early return keeps mu.
type countLimiter struct {
	mu     sync.Mutex
	latest time.Time
	burst  int
	calls  int
}

func (r *countLimiter) lockNow() (time.Time, func()) {
	r.mu.Lock()
	r.latest = time.Now()
	return r.latest, r.mu.Unlock
}

func (r *countLimiter) counted(f func()) func() {
	return func() {
		r.calls++
		_ = f
	}
}

func (r *countLimiter) Wait(d time.Duration) bool {
	now, unlock := r.lockNow()
	release := r.counted(unlock)
	defer release()
	if r.burst == 0 {
		return false // want `return with r\.mu locked`
	}
	unlock()
	time.Sleep(time.Until(now.Add(d)))
	return true
}
