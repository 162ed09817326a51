package gl301

import "sync"

type asyncS struct {
	mu sync.Mutex
	n  int
}

func (s *asyncS) start(done func(error)) {
	go func() {
		s.n++
		done(nil)
	}()
}

// Async returns with mu held after the early check: the callback handed to start releases it in a
// deferred call.
func (s *asyncS) Async(prep func() error) {
	if err := prep(); err != nil {
		return
	}
	s.mu.Lock()
	release := func(err error) {
		defer s.mu.Unlock()
		_ = err
	}
	s.start(release)
}
