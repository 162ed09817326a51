package gl304

import "sync"

// A long loop body with many branches, locking other mutexes (more combinations of conditions than the
// lock flow keeps one fact each for): mu is locked and unlocked only under the same parameter, never
// reassigned.
type entry struct {
	kind, size int
}

type batchState struct {
	mu, aux, other sync.Mutex
	n              int
	open           bool
}

func (b *batchState) apply(entries []entry, recovering bool) {
	for _, e := range entries {
		if e.kind < 0 {
			continue
		}
		if recovering {
			b.mu.Lock()
		}
		if e.kind == 1 {
			b.aux.Lock()
			b.n += 1
			b.aux.Unlock()
		}
		if e.size > 1 && b.open {
			b.other.Lock()
			b.n--
			b.other.Unlock()
		}
		if e.kind == 2 {
			b.aux.Lock()
			b.n += 2
			b.aux.Unlock()
		}
		if e.size > 2 && b.open {
			b.other.Lock()
			b.n--
			b.other.Unlock()
		}
		if e.kind == 3 {
			b.aux.Lock()
			b.n += 3
			b.aux.Unlock()
		}
		if e.size > 3 && b.open {
			b.other.Lock()
			b.n--
			b.other.Unlock()
		}
		if e.kind == 4 {
			b.aux.Lock()
			b.n += 4
			b.aux.Unlock()
		}
		if e.size > 4 && b.open {
			b.other.Lock()
			b.n--
			b.other.Unlock()
		}
		if e.kind == 5 {
			b.aux.Lock()
			b.n += 5
			b.aux.Unlock()
		}
		if e.size > 5 && b.open {
			b.other.Lock()
			b.n--
			b.other.Unlock()
		}
		if e.kind == 6 {
			b.aux.Lock()
			b.n += 6
			b.aux.Unlock()
		}
		if e.size > 6 && b.open {
			b.other.Lock()
			b.n--
			b.other.Unlock()
		}
		if recovering {
			if e.kind == 0 && b.n == 0 {
				b.mu.Unlock()
				continue
			}
			b.mu.Unlock()
		}
	}
}
