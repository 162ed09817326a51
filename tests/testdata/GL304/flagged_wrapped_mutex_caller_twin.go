package gl304

import "sync"

type wrappedMutex struct {
	sync.Mutex
}

type wrappedSource struct {
	mu    wrappedMutex
	ready bool
	wake  chan struct{}
}

func (s *wrappedSource) WPoll() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.wWaitReady()
}

// The mutex is a type embedding sync.Mutex. WPeek calls wWaitReady without
// s.mu: its first Unlock then unlocks an unlocked mutex.
func (s *wrappedSource) WPeek() bool {
	return s.wWaitReady()
}

func (s *wrappedSource) wWaitReady() bool {
	for !s.ready {
		s.mu.Unlock() // want `s\.mu may not be locked when this Unlock runs`
		<-s.wake
		s.mu.Lock()
	}
	return s.ready // want `return with s\.mu locked`
}
