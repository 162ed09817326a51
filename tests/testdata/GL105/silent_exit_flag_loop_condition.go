package gl105

import "time"

type probeState struct {
	removed chan struct{}
	ready   chan struct{}
}

// The loop tests the flag in its condition: the turn whose select takes the removed case is the last,
// and each timer of the other turns fired before the next one was made.
func (p *probeState) readyLoop(check func() (bool, time.Duration)) {
	go func() {
		done := false
		for !done {
			if ok, backoff := check(); ok {
				close(p.ready)
				done = true
			} else if backoff == 0 {
				done = true
			} else {
				select {
				case <-p.removed:
					done = true
				case <-time.After(backoff):
				}
			}
		}
	}()
}
