package gl302

import "sync"

// releaseOnce returns a func that unlocks l on its first call only.
func releaseOnce(l sync.Locker) func() {
	var once sync.Once
	return func() { once.Do(l.Unlock) }
}

type listener struct {
	lock    sync.RWMutex
	other   sync.Mutex
	started bool
}

func (s *listener) isStarted() bool {
	s.lock.RLock()
	started := s.started
	s.lock.RUnlock()
	return started
}

func (s *listener) serve() {
	for s.isStarted() {
	}
}

// start releases its lock through the once-wrapped release func before serving.
func (s *listener) start() {
	unlock := releaseOnce(&s.lock)
	s.lock.Lock()
	defer unlock()
	s.started = true
	unlock()
	s.serve()
}
