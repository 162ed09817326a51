package gl308

import "sync"

// Nobody write-locks it after construction: no writer can come between the readers.
type Table struct {
	mu   sync.RWMutex
	rows []string
}

func (t *Table) row(i int) string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.rows[i]
}

func (t *Table) First() string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.row(0)
}

// The first read lock is released before the second.
func (c *Cache) Sequential(a string) string {
	c.mu.RLock()
	x := c.m[a]
	c.mu.RUnlock()
	return x + c.lookup(a)
}

// The locked helper expects the read lock.
func (c *Cache) lookupLocked(k string) string { return c.m[k] }

func (c *Cache) Safe(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.lookupLocked(k)
}

// A read transaction: Begin returns holding the read lock, and the handle's End (a method
// of an interface) gives it back before the next Begin.
type Store struct{ mu sync.RWMutex }

type Txn interface{ End() }

type txn struct{ s *Store }

func (t *txn) End() { t.s.mu.RUnlock() }

func (s *Store) Begin() Txn { s.mu.RLock(); return &txn{s} }

func (s *Store) Compact() { s.mu.Lock(); s.mu.Unlock() }

func (s *Store) Batches(n int) {
	for i := 0; i < n; i++ {
		tx := s.Begin()
		tx.End()
	}
}
