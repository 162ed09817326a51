package gl307

import (
	"sync"
	"testing"
)

type session struct {
	mu      sync.Mutex
	pending map[int]bool
}

type client struct {
	mu   sync.Mutex
	sess *session
	out  []int
}

// deliver runs on the client's read loop: session first, then client.
func (c *client) deliver(id int) {
	s := c.sess
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pending[id] = true
	c.mu.Lock()
	c.out = append(c.out, id)
	c.mu.Unlock()
}

// The test's own goroutine inspects the state between the steps it drives: it
// knows nothing is delivered at that point, which goleash cannot see.
func TestPendingEmpty(t *testing.T) {
	c := &client{sess: &session{pending: map[int]bool{}}}
	c.mu.Lock()
	sess := c.sess
	sess.mu.Lock()
	n := len(sess.pending)
	sess.mu.Unlock()
	c.mu.Unlock()
	check := func() {
		c.mu.Lock()
		sess.mu.Lock()
		n = len(sess.pending)
		sess.mu.Unlock()
		c.mu.Unlock()
	}
	check()
	if n != 0 {
		t.Fatalf("pending: %d", n)
	}
}
