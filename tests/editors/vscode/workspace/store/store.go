package store

import "sync"

type Store struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *Store) Get(k string) (int, bool) {
	s.mu.Lock()
	v, ok := s.m[k]
	if !ok {
		return 0, false
	}
	s.mu.Unlock()
	return v, true
}
