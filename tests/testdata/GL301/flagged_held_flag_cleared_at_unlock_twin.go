package gl301

import "sync"

type spanLog struct {
	mu    sync.Mutex
	spans map[string]int
}

// The slow branch re-takes the lock without setting the flag back: the
// last test then sees it free and returns holding it.
func (s *spanLog) take(key string, fast bool) int {
	locked := true
	s.mu.Lock()
	n := s.spans[key]
	if fast {
		s.mu.Unlock()
		locked = false
		n++
	}
	if n > 10 {
		if !locked {
			s.mu.Lock()
		}
		delete(s.spans, key)
	}
	if locked {
		s.mu.Unlock()
	}
	return n // want `return with s\.mu locked`
}
