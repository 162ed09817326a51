package gl304

import "sync"

type table struct {
	mu   sync.RWMutex
	rows []string
}

func (t *table) Len() int {
	t.mu.RLock()
	defer t.mu.Unlock() // want `t\.mu\.Unlock\(\) releases a lock taken with t\.mu\.RLock\(\)`
	return len(t.rows)
}
