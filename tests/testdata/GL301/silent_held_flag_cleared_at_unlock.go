package gl301

import "sync"

type spanStore struct {
	mu    sync.Mutex
	spans map[string]int
}

// locked says whether s.mu is still held: every unlock clears it, and the
// last test releases what is left.
func (s *spanStore) take(key string, fast bool) int {
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
		s.mu.Unlock()
		locked = false
	}
	if locked {
		s.mu.Unlock()
	}
	return n
}
