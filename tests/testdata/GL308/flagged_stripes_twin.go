package gl308

// The same element read-locked twice: with a writer of that stripe queued in
// between, the second RLock waits for the writer, which waits for the first.
func (s *stripes) visitSame(i, k int, fn func(k, v int)) {
	s.locks[i].RLock()
	defer s.locks[i].RUnlock()
	s.locks[i].RLock() // want `s\.locks is read-locked again while its read lock is held`
	defer s.locks[i].RUnlock()
	fn(k, s.items[i][k])
}
