package gl301

import (
	"errors"
	"sync"
)

type table struct {
	mu   sync.Mutex
	open bool
}

type cursor struct{ t *table }

// Nothing releases t.mu for the cursor: its close does not unlock.
func (t *table) scan() (*cursor, error) {
	t.mu.Lock()
	if !t.open {
		t.mu.Unlock()
		return nil, errors.New("not open")
	}
	return &cursor{t: t}, nil // want `return with t\.mu locked`
}

func (c *cursor) close() { c.t = nil }

type pool struct {
	mu     sync.Mutex
	free   []int
	closed bool
}

type lease struct{ p *pool }

func (l *lease) release() { l.p.mu.Unlock() }

// The lease releases p.mu, but the error return hands back nothing and keeps the lock.
func (p *pool) get() (*lease, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, errors.New("closed")
	}
	if len(p.free) == 0 {
		return nil, errors.New("empty") // want `return with p\.mu locked`
	}
	return &lease{p: p}, nil
}
