package gl301

import (
	"errors"
	"sync"
)

type pipeConn struct {
	mu  sync.Mutex
	buf []byte
}

// Returns the mutex on one path, but the other return keeps it locked with nothing handed over.
func (c *pipeConn) take(id byte) (*sync.Mutex, error) {
	c.mu.Lock()
	if len(c.buf) == 0 {
		return nil, errors.New("empty") // want `return with c\.mu locked`
	}
	if c.buf[0] != id {
		c.mu.Unlock()
		return nil, errors.New("other")
	}
	return &c.mu, nil
}
