package gl301

import "sync"

type striped struct {
	locks []*sync.Mutex // nil: no striping
	n     int
}

// mu is set (and locked) only when striping is on; it is unlocked under mu != nil, which holds
// exactly where it was locked.
func (s *striped) add(id int) {
	var mu *sync.Mutex
	if s.locks != nil {
		mu = s.locks[id%len(s.locks)]
		mu.Lock()
	}
	s.n++
	if mu != nil {
		mu.Unlock()
	}
}
