package gl302

import "sync"

type quotaGate struct {
	writers *sync.RWMutex
	checks  int
}

// enforce blocks the writers the first time the quota is exceeded, and
// keeps them blocked while it retries: locker closes the test for the
// turns after.
func (q *quotaGate) enforce(over func() bool, flush func() error) {
	var locker sync.Locker
	defer func() {
		if locker != nil {
			locker.Unlock()
		}
	}()
	for {
		q.checks++
		if !over() {
			return
		}
		if locker == nil {
			q.writers.Lock()
			locker = q.writers
		}
		if err := flush(); err != nil {
			continue
		}
	}
}
