package gl306

func (s *stats) Wait() {
	// barrier: wait for a writer holding mu to finish
	s.mu.Lock()
	s.mu.Unlock()
}

func (s *stats) Inc() {
	s.mu.Lock()
	s.count++
	s.mu.Unlock()
}
