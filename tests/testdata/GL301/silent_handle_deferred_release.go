package gl301

import (
	"errors"
	"sync"
)

// The read lock is handed to the returned simulator; Done, promoted from its embedded executor,
// releases it in a deferred closure.

type txStore struct {
	commitLock sync.RWMutex
}

type queryExec struct {
	store *txStore
	done  bool
}

func (q *queryExec) Done() {
	if q.done {
		return
	}
	defer func() {
		q.store.commitLock.RUnlock()
		q.done = true
	}()
}

type txSimulator struct {
	*queryExec
	writes int
}

func newTxSimulator(s *txStore, id string) (*txSimulator, error) {
	if id == "" {
		return nil, errors.New("empty tx id")
	}
	return &txSimulator{queryExec: &queryExec{store: s}}, nil
}

func (s *txStore) NewTxSimulator(id string) (*txSimulator, error) {
	sim, err := newTxSimulator(s, id)
	if err != nil {
		return nil, err
	}
	s.commitLock.RLock()
	return sim, nil
}
