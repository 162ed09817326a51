package gl302

import "sync"

// Begin locks the store's writer and returns a transaction holding the store; the transaction's
// Commit, a method of another type, unlocks it through tx.store.writer before the next Begin.

type memStore struct {
	writer sync.Mutex
	rows   int
}

type memTxn struct {
	store *memStore
	write bool
	done  bool
}

func (s *memStore) Begin(write bool) *memTxn {
	if write {
		s.writer.Lock()
	}
	return &memTxn{store: s, write: write}
}

func (tx *memTxn) Commit() {
	if !tx.write || tx.done {
		return
	}
	tx.done = true
	tx.store.rows++
	tx.store.writer.Unlock()
}

func populate(s *memStore) {
	tx := s.Begin(true)
	tx.Commit()
}

func twoWrites(s *memStore) {
	populate(s)
	tx := s.Begin(true)
	tx.Commit()
	tx = s.Begin(true)
	tx.Commit()
}
