package gl506

// The body is written by one goroutine at most: at once, or after the server's 100-continue, never
// both (written only ever becomes true).
type bodyState struct {
	name   string
	remain int
}

type roundTrip struct{ body bodyState }

type conn struct{}

func (c *conn) writeBody(rt *roundTrip, n int) {
	rt.body.name = "request"
	rt.body.remain = n
}

func (c *conn) Do(rt *roundTrip, expectContinue bool, statuses <-chan int, n int) int {
	var written bool
	if !expectContinue {
		written = true
		go c.writeBody(rt, n)
	}
	for {
		st, ok := nextStatus(statuses)
		if !ok {
			return 0
		}
		if st == 100 && expectContinue && !written {
			written = true
			go c.writeBody(rt, n)
			continue
		}
		return st
	}
	return 0
}

func nextStatus(c <-chan int) (int, bool) {
	st, ok := <-c
	return st, ok
}
