package gl302

import "sync"

// Each turn locks another key's mutex and leaves it locked until the function returns: no mutex is
// locked twice.
type credLocks struct {
	mu    sync.RWMutex
	locks map[string]*sync.Mutex
}

func (m *credLocks) refreshAll(refresh func(string)) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	for key := range m.locks {
		m.locks[key].Lock()
		defer m.locks[key].Unlock()
		refresh(key)
	}
}
