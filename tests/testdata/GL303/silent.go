package gl303

func (c *Counter) Get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func (s Shared) Do(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f()
}

func byPointer(s *Stats) string { return s.name }
