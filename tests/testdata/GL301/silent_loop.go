package gl301

import "sync"

type ring struct {
	mu   sync.Mutex
	vals []int
}

// Every way out of the locked loop body unlocks first.
func (r *ring) take(limit int) int {
	n := 0
	for {
		r.mu.Lock()
		if len(r.vals) == 0 {
			r.mu.Unlock()
			break
		}
		if r.vals[0] < 0 {
			r.vals = r.vals[1:]
			r.mu.Unlock()
			continue
		}
		r.vals = r.vals[1:]
		n++
		r.mu.Unlock()
		if n == limit {
			return n
		}
	}
	return n
}
