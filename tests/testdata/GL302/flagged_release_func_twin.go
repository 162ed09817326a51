package gl302

import "sync"

// The release func is called only on the miss path: a hit returns with the lock held.
type cacheStore struct {
	sync.Mutex
	m map[string]int
}

func (s *cacheStore) lockIt() func() {
	s.Lock()
	return func() { s.Unlock() }
}

func (s *cacheStore) Lookup(k string) (int, bool) {
	unlock := s.lockIt()
	if v, ok := s.m[k]; ok {
		return v, true // want `return with s locked: s\.Unlock\(\) is skipped on this path`
	}
	unlock()
	return 0, false
}

func lookupTwice(s *cacheStore) {
	s.Lookup("a")
	s.Lookup("b")
}
