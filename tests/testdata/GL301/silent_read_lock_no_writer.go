package gl301

import "sync"

type tally struct {
	lock  sync.RWMutex
	total int
}

// waitFor leaves the read lock held when the total is already reached, but nothing in the package ever
// write-locks t.lock: a read lock blocks only writers, so nobody waits for it.
func (t *tally) waitFor(n int) bool {
	t.lock.RLock()
	if t.total == n {
		return true
	}
	t.lock.RUnlock()
	return false
}

func (t *tally) seen() int {
	t.lock.RLock()
	defer t.lock.RUnlock()
	return t.total
}
