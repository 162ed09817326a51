package gl506

// The flag is cleared again on a redirect: a second goroutine can write the body while the first does.
type roundTrip2 struct{ body bodyState }

func (c *conn) writeBody2(rt *roundTrip2, n int) {
	rt.body.name = "request"
	rt.body.remain = n
}

func (c *conn) Do2(rt *roundTrip2, expectContinue bool, statuses <-chan int, n int) int {
	var written bool
	if !expectContinue {
		written = true
		go c.writeBody2(rt, n)
	}
	for {
		st, ok := nextStatus(statuses)
		if !ok {
			return 0
		}
		if st == 307 {
			written = false
			continue
		}
		if st == 100 && !written {
			written = true
			go c.writeBody2(rt, n) // want `data race on rt\.body\.name: both goroutines started here write it` `data race on rt\.body\.remain: both goroutines started here write it` `data race on rt\.body\.name: every goroutine of this loop writes it`
			continue
		}
		return st
	}
	return 0
}
