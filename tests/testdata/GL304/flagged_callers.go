package gl304

import "sync"

type source struct {
	mu    sync.Mutex
	ready bool
	wake  chan struct{}
}

func (s *source) Poll() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.waitReady()
}

// Peek calls waitReady without s.mu: its first Unlock then unlocks an unlocked mutex.
func (s *source) Peek() bool {
	return s.waitReady()
}

func (s *source) waitReady() bool {
	for !s.ready {
		s.mu.Unlock() // want `s\.mu may not be locked when this Unlock runs`
		<-s.wake
		s.mu.Lock()
	}
	return s.ready // want `return with s\.mu locked`
}
