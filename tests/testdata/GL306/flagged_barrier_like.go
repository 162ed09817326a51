package gl306

import "sync"

type counter struct {
	mu    sync.Mutex
	count int
}

// Incr adds one to the counter: the body of its critical section was lost,
// and the field is now written without the lock.
func (c *counter) Incr() {
	c.mu.Lock() // want `empty critical section on c\.mu`
	c.mu.Unlock()
	c.count++
}

func (c *counter) flush() {}

// Without a doc comment, a pair followed by other work is not a barrier.

func (c *counter) reset() {
	c.mu.Lock() // want `empty critical section on c\.mu`
	c.mu.Unlock()
	c.flush()
}

// Not first in the function: something came before the pair.
func (c *counter) later() {
	c.flush()
	c.mu.Lock() // want `empty critical section on c\.mu`
	c.mu.Unlock()
}

// A deferred literal holding only the pair is a piece of its function, whose
// critical section lost its body, not a barrier of its own.
func (c *counter) deferredPair() {
	defer func() {
		c.mu.Lock() // want `empty critical section on c\.mu`
		c.mu.Unlock()
	}()
	c.count++
}

type table struct {
	mu   sync.Mutex
	rows []int
}

// Snapshot copies the rows: the copy was meant to be under the lock, and a
// read of the field is not a call handed on to a part.
func (t *table) Snapshot() []int {
	t.mu.Lock() // want `empty critical section on t\.mu`
	t.mu.Unlock()
	return append([]int(nil), t.rows...)
}
