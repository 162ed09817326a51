package gl302

import "sync"

// stop locks the session mutex and leaves it held for maybeRestart, but only on its first call for
// a stopper: later calls in the loop find the gate closed and lock nothing.

type sessionConsumer struct {
	sessionChangeMu sync.Mutex
	session         int
}

func (c *sessionConsumer) stopSession() int {
	c.sessionChangeMu.Lock()
	s := c.session
	c.session = 0
	return s
}

func (c *sessionConsumer) startSession(prior int) {
	c.session = prior + 1
	c.sessionChangeMu.Unlock()
}

type sessionStopper struct {
	c       *sessionConsumer
	stopped bool
	prior   int
}

func (s *sessionStopper) stop() {
	if s.stopped {
		return
	}
	s.stopped = true
	s.prior = s.c.stopSession()
}

func (s *sessionStopper) maybeRestart() {
	if !s.stopped {
		return
	}
	s.c.startSession(s.prior)
}

func migrateCursor(partition int, s *sessionStopper) {
	if partition%2 == 0 {
		s.stop()
	}
}

func migrateAll(c *sessionConsumer, partitions []int) {
	s := &sessionStopper{c: c}
	defer s.maybeRestart()
	for _, p := range partitions {
		migrateCursor(p, s)
	}
}
