package gl304

import "sync"

var fastPath bool

type table struct {
	mu   sync.Mutex
	rows int
}

// The flag is switched between the two tests: the Unlock may find the mutex unlocked.
func (t *table) insert(n int) {
	if !fastPath {
		t.mu.Lock()
	}
	t.rows += n
	if t.rows > 1000 {
		fastPath = false
	}
	if !fastPath { // want `end of function with t\.mu locked`
		t.mu.Unlock() // want `t\.mu may not be locked when this Unlock runs`
	}
}
