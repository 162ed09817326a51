package gl301

import (
	"errors"
	"sync"
)

type store struct {
	mu   sync.Mutex
	open bool
}

// txn holds store.mu from begin until close.
type txn struct{ s *store }

// begin returns holding s.mu only with the transaction, which releases it when closed.
func (s *store) begin() (*txn, error) {
	s.mu.Lock()
	if !s.open {
		s.mu.Unlock()
		return nil, errors.New("not open")
	}
	t := &txn{s: s}
	return t, nil
}

func (t *txn) close() { t.s.mu.Unlock() }

func (s *store) update(fn func(*txn) error) error {
	t, err := s.begin()
	if err != nil {
		return err
	}
	defer t.close()
	return fn(t)
}
