package gl301

import "sync"

type store struct {
	mu    sync.Mutex
	items map[string]int
	hooks []func()
}

// Released through a local closure.
func (s *store) viaClosure(k string) int {
	s.mu.Lock()
	unlock := func() { s.mu.Unlock() }
	if k == "" {
		unlock()
		return 0
	}
	v := s.items[k]
	unlock()
	return v
}

// Released through a method value and a once-wrapper.
func (s *store) viaOnce(k string) int {
	s.mu.Lock()
	var once sync.Once
	release := func() { once.Do(s.mu.Unlock) }
	defer release()
	if k == "" {
		return 0
	}
	return s.items[k]
}

func (s *store) viaMethodValue(k string) int {
	s.mu.Lock()
	unlock := s.mu.Unlock
	if k == "" {
		unlock()
		return 0
	}
	unlock()
	return 1
}

// Released by a helper method of the same type.
func (s *store) unlockAndNotify() {
	s.mu.Unlock()
	for _, h := range s.hooks {
		h()
	}
}

func (s *store) viaHelper(k string) int {
	s.mu.Lock()
	if k == "" {
		s.unlockAndNotify()
		return 0
	}
	v := s.items[k]
	s.unlockAndNotify()
	return v
}

// A temporary Unlock ... Lock inside a defer Unlock region.
func (s *store) slowPath(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[k]; !ok {
		s.mu.Unlock()
		v := len(k) // slow work without the lock
		s.mu.Lock()
		s.items[k] = v
	}
	return s.items[k]
}

// The caller holds s.mu (the name says so); it drops and re-takes it.
func (s *store) flushLocked() {
	s.mu.Unlock()
	defer s.mu.Lock()
	for _, h := range s.hooks {
		h()
	}
}

// Lock helpers: the caller gets the lock (every return holds it).
func (s *store) lockIfReady() bool {
	s.mu.Lock()
	return s.items != nil
}

// A panic while locked ends the process: not a leaked lock.
func (s *store) mustGet(k string) int {
	s.mu.Lock()
	v, ok := s.items[k]
	if !ok {
		panic("missing " + k)
	}
	s.mu.Unlock()
	return v
}

// The lock is handed to a goroutine that releases it.
func (s *store) async(k string) {
	s.mu.Lock()
	if k == "" {
		go func() {
			defer s.mu.Unlock()
			s.items[k] = 0
		}()
		return
	}
	s.mu.Unlock()
}

// Both tests of one bool parameter take the same branch.
func (s *store) maybe(lock bool, k string) {
	if lock {
		s.mu.Lock()
	}
	s.items[k]++
	if lock {
		s.mu.Unlock()
	}
}
