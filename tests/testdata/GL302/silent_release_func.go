package gl302

import "sync"

// The lock helpers return the matching release; callers defer it, directly or through a helper that
// calls it: each method releases the lock when it returns, nothing is held between calls.
type releaseStore struct {
	sync.RWMutex
	m map[string]int
}

func (s *releaseStore) wlock() func() {
	s.Lock()
	return func() { s.Unlock() }
}

func (s *releaseStore) rlock() func() {
	s.RLock()
	return func() { s.RUnlock() }
}

func release(fn func()) { fn() }

func (s *releaseStore) Get(k string) int {
	defer release(s.rlock())
	return s.m[k]
}

func (s *releaseStore) Put(k string, v int) {
	unlock := s.wlock()
	defer unlock()
	s.m[k] = v
}

func fillAndRead(s *releaseStore) int {
	s.Put("a", 1)
	s.Put("b", 2)
	return s.Get("a") + s.Get("b")
}
