package gl301

import (
	"errors"
	"sync"
	"time"
)

// lockNow returns the time read under the lock and the release; Wait wraps the release so that it runs
// at most once (doOnce), calls it before sleeping, and defers it for the early returns: every path
// releases mu.
type onceLimiter struct {
	mu     sync.Mutex
	latest time.Time
	burst  int
}

func (r *onceLimiter) lockNow() (time.Time, func()) {
	r.mu.Lock()
	r.latest = time.Now()
	return r.latest, r.mu.Unlock
}

func doOnce(f func()) func() {
	called := false
	return func() {
		if called {
			return
		}
		called = true
		f()
	}
}

var errZeroBurst = errors.New("zero burst")

func (r *onceLimiter) Wait(d time.Duration) error {
	now, unlock := r.lockNow()
	unlockOnce := doOnce(unlock)
	defer unlockOnce()
	if r.burst == 0 {
		return errZeroBurst
	}
	until := now.Add(d)
	unlockOnce()
	time.Sleep(time.Until(until))
	return nil
}

// The standard library's wrapper does the same.
func (r *onceLimiter) Try() bool {
	_, unlock := r.lockNow()
	release := sync.OnceFunc(unlock)
	defer release()
	if r.burst == 0 {
		return false
	}
	release()
	return true
}
