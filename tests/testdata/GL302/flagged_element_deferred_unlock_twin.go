package gl302

import "sync"

// Every turn locks the one mutex of the "all" key, whose deferred unlock runs only at the end: the
// second turn waits for itself.
type allLocks struct {
	locks map[string]*sync.Mutex
}

func (m *allLocks) refreshEach(keys []string, refresh func(string)) {
	for _, key := range keys {
		m.locks["all"].Lock() // want `locked again while this goroutine holds it`
		defer m.locks["all"].Unlock()
		refresh(key)
	}
}
