package gl304

import "sync"

type part struct {
	mu   sync.Mutex
	jobs map[string]int
}

type table struct {
	mu    sync.Mutex
	parts [8]*part
}

// Every element is locked in one loop and unlocked in a deferred loop over
// the same range: each mutex once, on every return.
func (t *table) snapshot() (n int, ok bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for i := range t.parts {
		t.parts[i].mu.Lock()
	}
	defer func() {
		for i := range t.parts {
			t.parts[i].mu.Unlock()
		}
	}()
	for i := 0; i < len(t.parts); i++ {
		if t.parts[i].jobs == nil {
			return 0, false
		}
		n += len(t.parts[i].jobs)
	}
	return n, true
}
