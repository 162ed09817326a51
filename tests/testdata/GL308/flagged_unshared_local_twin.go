package gl308

// The twin of silent_unshared_local.go: a goroutine this function starts write-locks the same stripes.
func readTwiceShared() int {
	m := newStripes(5)
	go func() {
		m.Lock(1)
		m.vals[1]++
		m.Unlock(1)
	}()
	m.RLock(1)
	m.RLock(1) // want `m\.locks is read-locked again while its read lock is held`
	n := m.vals[1]
	m.RUnlock(1)
	m.RUnlock(1)
	return n
}
