package gl301

import "sync"

type stripes struct {
	size  int
	locks []sync.RWMutex
	items [][]int
}

// The second stripe is read-locked and unlocked under the same test of the
// loop counter, which keeps its value within one turn: both agree.
func (s *stripes) each(out chan<- int) {
	for i := 0; i < s.size; i++ {
		s.locks[i].RLock()
		for _, it := range s.items[i] {
			j := it & (s.size - 1)
			if i != j {
				s.locks[j].RLock()
			}
			out <- it
			if i != j {
				s.locks[j].RUnlock()
			}
		}
		s.locks[i].RUnlock()
	}
	close(out)
}
