package gl302

import "sync"

// The gate is reopened after each stop: the second stop in the loop locks again.

type poolConsumer struct {
	mu    sync.Mutex
	conns int
}

func (c *poolConsumer) drain() int {
	c.mu.Lock()
	n := c.conns
	c.conns = 0
	return n
}

type poolStopper struct {
	c       *poolConsumer
	drained bool
	total   int
}

func (s *poolStopper) stop() {
	if s.drained {
		return
	}
	s.drained = true
	s.total += s.c.drain()
}

func (s *poolStopper) reopen() { s.drained = false }

func drainAll(c *poolConsumer, rounds int) {
	s := &poolStopper{c: c}
	for i := 0; i < rounds; i++ {
		s.stop() // want `s.stop\(\) locks s.c.mu again while it is held here`
		s.reopen()
	}
}
