package gl301

import "sync"

type stream struct {
	mu     sync.Mutex
	frame  []byte
	closed bool
	wake   chan struct{}
}

func (s *stream) Read(p []byte) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.readWait(p)
}

// readWait is entered with s.mu held by its only caller, and returns with it held: it drops it
// only around the wait.
func (s *stream) readWait(p []byte) int {
	for {
		if s.closed {
			return 0
		}
		if s.frame != nil {
			break
		}
		s.mu.Unlock()
		<-s.wake
		s.mu.Lock()
	}
	return copy(p, s.frame)
}
