package gl302

// Get's deferred Unlock is called on what Lock returns, the lock itself: Get
// releases s.mu before it returns, and the second call locks it again freely.
func (s *chainStore) Twice() int {
	a := s.Get()
	b := s.Get()
	return a + b
}
