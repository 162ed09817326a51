package gl301

import (
	"errors"
	"sync"
)

type ledger struct {
	mu    sync.Mutex
	items []string
}

// Nothing else in the package releases l.mu: the success return keeps it locked.
func (l *ledger) add(it string) error {
	l.mu.Lock()
	for _, e := range l.items {
		if e == it {
			l.mu.Unlock()
			return errors.New("exists")
		}
	}
	l.items = append(l.items, it)
	return nil // want `return with l\.mu locked`
}

type turnstile struct {
	mu     sync.Mutex
	closed bool
	count  int
}

// Nothing in the package releases t.mu without locking it: true keeps it locked.
func (t *turnstile) pass() bool {
	t.mu.Lock()
	if t.closed {
		t.mu.Unlock()
		return false
	}
	t.count++
	return true // want `return with t\.mu locked`
}
