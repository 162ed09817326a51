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

// Hand-over-hand locking down a chain: y names a new node after y = l, whose lock was taken.
type node struct {
	mu   sync.Mutex
	next *node
	v    int
}

func (x *node) sumLocked() int {
	sum := 0
	y := x
	for y.next != nil {
		sum += y.v
		l := y.next
		if y != x {
			y.mu.Unlock()
		}
		l.mu.Lock()
		y = l
	}
	sum += y.v
	if y != x {
		y.mu.Unlock()
	}
	return sum
}
