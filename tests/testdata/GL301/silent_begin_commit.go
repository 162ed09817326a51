package gl301

import (
	"errors"
	"sync"
)

type stage struct {
	pendingMu sync.Mutex // held from begin until commit or drop
	pending   *string
	items     []string
}

// begin stages an item and, on success, returns holding pendingMu: commit or
// drop, which unlock it without locking it, end the stage.
func (s *stage) begin(it string) error {
	s.pendingMu.Lock()
	for _, e := range s.items {
		if e == it {
			s.pendingMu.Unlock()
			return errors.New("exists")
		}
	}
	s.pending = &it
	return nil
}

func (s *stage) commit() {
	s.items = append(s.items, *s.pending)
	s.pending = nil
	s.pendingMu.Unlock()
}

func (s *stage) drop() {
	s.pending = nil
	s.pendingMu.Unlock()
}

type gate struct {
	mu     sync.Mutex
	closed bool
}

// tryEnter is a try-lock: true hands the held lock to the caller, which
// releases it with leave.
func (g *gate) tryEnter() bool {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return false
	}
	return true
}

func (g *gate) leave() { g.mu.Unlock() }
