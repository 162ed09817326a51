package gl301

// The field is cleared between the two tests: the second can be false, and
// that path ends with s.mu held.
func (s *subscription) stopCleared() {
	s.mu.Lock()
	if s.quit == nil {
		s.mu.Unlock()
		return
	}
	s.quit = nil
	if s.quit != nil { // want `end of function with s.mu locked`
		s.mu.Unlock()
	}
}
