package gl308

import "sync"

type stripes struct {
	locks []sync.RWMutex
	vals  []int
}

func newStripes(n int) *stripes { return &stripes{locks: make([]sync.RWMutex, n), vals: make([]int, n)} }

func (s *stripes) RLock(i int)   { s.locks[i%len(s.locks)].RLock() }
func (s *stripes) RUnlock(i int) { s.locks[i%len(s.locks)].RUnlock() }
func (s *stripes) Lock(i int)    { s.locks[i%len(s.locks)].Lock() }
func (s *stripes) Unlock(i int)  { s.locks[i%len(s.locks)].Unlock() }

// The stripes are made here and shared with no goroutine: no writer can come between the read locks.
func readTwiceAlone() int {
	m := newStripes(5)
	m.RLock(1)
	m.RLock(1)
	n := m.vals[1]
	m.RUnlock(1)
	m.RUnlock(1)
	return n
}
