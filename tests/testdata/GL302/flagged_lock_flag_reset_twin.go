package gl302

import "sync"

type spillGate struct {
	writers *sync.RWMutex
	checks  int
}

// enforce forgets the lock it holds when a flush fails: the next turn
// locks the writers again.
func (q *spillGate) enforce(over func() bool, flush func() error) {
	var locker sync.Locker
	for {
		q.checks++
		if !over() {
			break
		}
		if locker == nil {
			q.writers.Lock() // want `q\.writers is locked again while this goroutine holds it`
			locker = q.writers
		}
		if err := flush(); err != nil {
			locker = nil
			continue
		}
	}
	if locker != nil {
		locker.Unlock()
	}
}
