package gl302

import "sync"

func (c *Cache) refreshLocked() {
	c.m = map[string]string{}
}

func (c *Cache) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.refreshLocked()
}

func (c *Cache) Read(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.lookup(k) // want `c\.mu is read-locked again while its read lock is held` (GL308: a writer in between deadlocks)
}

func (c *Cache) lookup(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func relock(mu *sync.Mutex) {
	mu.Lock()
	println("one")
	mu.Unlock()
	mu.Lock()
	println("two")
	mu.Unlock()
}

// A semaphore: another goroutine unlocks.
func handoff() {
	var m sync.Mutex
	m.Lock()
	go func() { m.Unlock() }()
	m.Lock()
}

// Expects the caller to hold the read lock; swaps it for the write lock.
func (c *Cache) fillRLocked() {
	c.mu.RUnlock()
	defer c.mu.RLock()
	c.mu.Lock()
	defer c.mu.Unlock()
}

func (c *Cache) Fill() {
	c.mu.RLock()
	defer c.mu.RUnlock()
	c.fillRLocked()
}

// Two separate ifs on complementary conditions (ok && ..., then !ok): never both on one path.
type registry struct {
	mu   sync.RWMutex
	m    map[int]string
	errs int
}

func (s *registry) set(k int, v string) {
	s.mu.RLock()
	cur, ok := s.m[k]
	s.mu.RUnlock()
	if ok && cur != v {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.errs++
	}
	if !ok {
		s.mu.Lock()
		s.m[k] = v
		s.mu.Unlock()
	}
}
