package gl302

import "sync"

type mutexTable struct {
	locks map[string]*sync.RWMutex
	uids  []string
	names []string
}

func (t *mutexTable) get(name string) *sync.RWMutex { return t.locks[name] }

// mu is given another table's mutex before the second lock: the read lock is that one's, while the
// deferred Unlock (its receiver bound at the defer) releases the first.
func (t *mutexTable) refresh() []string {
	mu := t.get("uids")
	mu.Lock()
	defer mu.Unlock()
	out := append([]string(nil), t.uids...)

	mu = t.get("names")
	mu.RLock()
	out = append(out, t.names...)
	mu.RUnlock()
	return out
}
