package gl304

import "sync"

func (t *table) Get(i int) string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.rows[i]
}

func (t *table) Add(r string) {
	t.mu.Lock()
	t.rows = append(t.rows, r)
	t.mu.Unlock()
}

// Four earlier conditions do not crowd out the one that guards both Lock and Unlock.
type crowded struct {
	mu sync.Mutex
	n  int
}

func (s *crowded) apply(a, b, c, d, locked bool) {
	if a {
		s.n++
	}
	if b {
		s.n++
	}
	if c {
		s.n++
	}
	if d {
		s.n++
	}
	if locked {
		s.mu.Lock()
	}
	s.n++
	if locked {
		s.mu.Unlock()
	}
}
