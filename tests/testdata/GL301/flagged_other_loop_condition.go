package gl301

import "sync"

type shards struct {
	size  int
	locks []sync.RWMutex
	items [][]int
}

// The unlock of the second shard tests another condition than its lock: with
// i > j the read lock is taken and never released.
func (s *shards) each(out chan<- int) {
	for i := 0; i < s.size; i++ {
		s.locks[i].RLock()
		for _, it := range s.items[i] {
			j := it & (s.size - 1)
			if i != j {
				s.locks[j].RLock()
			}
			out <- it
			if i < j {
				s.locks[j].RUnlock()
			}
		}
		s.locks[i].RUnlock()
	}
	close(out) // want `end of function with s.locks locked`
}
