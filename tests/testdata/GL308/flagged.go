package gl308

import "sync"

type Cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *Cache) lookup(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func (c *Cache) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.lookup(k) // want `c\.mu is read-locked again while its read lock is held`
}

func (c *Cache) Both(a, b string) (string, string) {
	c.mu.RLock()
	x := c.m[a]
	c.mu.RLock() // want `c\.mu is read-locked again while its read lock is held`
	y := c.m[b]
	c.mu.RUnlock()
	c.mu.RUnlock()
	return x, y
}

func (c *Cache) Put(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
}

// The handle is ended only at exit: the second read lock is taken while the first is held.
type Store struct{ mu sync.RWMutex }

type Txn interface{ End() }

type txn struct{ s *Store }

func (t *txn) End() { t.s.mu.RUnlock() }

func (s *Store) Begin() Txn { s.mu.RLock(); return &txn{s} }

func (s *Store) Compact() { s.mu.Lock(); s.mu.Unlock() }

func (s *Store) Nested() {
	tx := s.Begin()
	defer tx.End()
	inner := s.Begin() // want `s\.mu is read-locked again while its read lock is held`
	inner.End()
}
