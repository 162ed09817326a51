// Elements of a slice of RWMutexes (lock stripes) at other indices need not be
// one mutex: holding one element's read lock while read-locking another (under
// if i != j), or read-locking one element per loop turn, is no recursive read
// lock goleash can show. Writers lock a single stripe.
package gl308

import "sync"

type stripes struct {
	size  int
	locks []sync.RWMutex
	items []map[int]int
}

func newStripes(n int) *stripes {
	s := &stripes{size: n, locks: make([]sync.RWMutex, n), items: make([]map[int]int, n)}
	for i := range s.items {
		s.items[i] = map[int]int{}
	}
	return s
}

func (s *stripes) set(k, v int) {
	i := k & (s.size - 1)
	s.locks[i].Lock()
	s.items[i][k] = v
	s.locks[i].Unlock()
}

// visit calls fn for item k of stripe i while holding stripe i and, when it is
// another one, the stripe of k's hash.
func (s *stripes) visit(i, k int, fn func(k, v int)) {
	s.locks[i].RLock()
	defer s.locks[i].RUnlock()
	j := (k * 7) & (s.size - 1)
	if i != j {
		s.locks[j].RLock()
		defer s.locks[j].RUnlock()
	}
	fn(k, s.items[i][k])
}

// forAll holds every stripe's read lock until it returns.
func (s *stripes) forAll(fn func(k, v int) error) error {
	for i, shard := range s.items {
		s.locks[i].RLock()
		defer s.locks[i].RUnlock()
		for k, v := range shard {
			if err := fn(k, v); err != nil {
				return err
			}
		}
	}
	return nil
}
