package gl302

// restart's release func unlocks another mutex: s.lock is still held when serve locks it.
func (s *listener) restart() {
	unlock := releaseOnce(&s.other)
	s.lock.Lock()
	defer s.lock.Unlock()
	s.other.Lock()
	s.started = true
	unlock()
	s.serve() // want `s.serve\(\) locks s.lock again while it is held here: deadlock`
}
