package gl301

import "sync"

type optLocked struct {
	lock *sync.Mutex
	n    int
}

// The unlock is under another condition: when n is 0 the lock is kept.
func (s *optLocked) inc() {
	var mu *sync.Mutex
	if s.lock != nil {
		mu = s.lock
		mu.Lock()
	}
	s.n++
	if mu != nil && s.n > 1 { // want `end of function with mu locked`
		mu.Unlock()
	}
}
