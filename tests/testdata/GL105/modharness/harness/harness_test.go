package harness

import "testing"

func TestAwait(t *testing.T) {
	c := &Candidate{Status: make(chan string, 1), Done: make(chan struct{})}
	c.Status <- "leader"
	close(c.Done)
	_ = Await(c)
}
