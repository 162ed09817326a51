package gl304

type shelf struct {
	lock  Locker
	quick bool
	items int
}

// Stock sets the flag itself: when it is set, the lock was skipped and the Unlock finds it free.
func (s *shelf) Stock(n int) {
	if !s.quick {
		s.lock.Lock()
	}
	s.items += n
	if s.items > 100 {
		s.quick = true
	}
	s.lock.Unlock() // want `s\.lock may not be locked when this Unlock runs`
}
