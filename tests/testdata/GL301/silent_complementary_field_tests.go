package gl301

import "sync"

type subscription struct {
	mu      sync.Mutex
	quit    func()
	filters []string
}

func (s *subscription) uninstall(f string) {}

// The second test is the first one's complement, and the field is assigned
// only inside it: the path past both tests with s.mu held cannot happen.
func (s *subscription) stop() {
	s.mu.Lock()
	if s.quit == nil {
		s.mu.Unlock()
		return
	}
	if s.quit != nil {
		s.quit()
		s.quit = nil
		s.mu.Unlock()
		for _, f := range s.filters {
			s.uninstall(f)
		}
	}
}
