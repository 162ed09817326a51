package gl301

import (
	"errors"
	"sync"
)

// The handle's deferred closure releases another mutex: nothing releases the one handed over.

type pageStore struct {
	pageLock sync.RWMutex
	metaLock sync.RWMutex
}

type pageExec struct {
	store *pageStore
}

func (q *pageExec) Done() {
	defer func() {
		q.store.metaLock.RUnlock()
	}()
}

type pageReader struct {
	*pageExec
	pages int
}

func newPageReader(s *pageStore, id string) (*pageReader, error) {
	if id == "" {
		return nil, errors.New("empty reader id")
	}
	return &pageReader{pageExec: &pageExec{store: s}}, nil
}

func (s *pageStore) NewReader(id string) (*pageReader, error) {
	r, err := newPageReader(s, id)
	if err != nil {
		return nil, err
	}
	s.pageLock.RLock()
	return r, nil // want `return with s.pageLock locked`
}

// (the writer a read lock left held blocks)
func (s *pageStore) compact() {
	s.pageLock.Lock()
	s.pageLock.Unlock()
}
