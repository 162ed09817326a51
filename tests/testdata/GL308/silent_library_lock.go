package gl308

import (
	"example.com/xsync"
)

// A read-preferring lock of another package: a waiting writer does not hold back new readers,
// so the nested read lock cannot deadlock.
type Segment struct {
	bitmapsLock *xsync.ReadPreferringRWMutex
	rows        []int
}

func (s *Segment) reader() int {
	s.bitmapsLock.RLock()
	defer s.bitmapsLock.RUnlock()
	return len(s.rows)
}

func (s *Segment) Count() int {
	s.bitmapsLock.RLock()
	defer s.bitmapsLock.RUnlock()
	return s.reader()
}

func (s *Segment) Merge(r []int) {
	s.bitmapsLock.Lock()
	defer s.bitmapsLock.Unlock()
	s.rows = append(s.rows, r...)
}
