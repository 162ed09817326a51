package gl105

import "time"

type pollState struct {
	removed chan struct{}
}

// The flag the condition tests is cleared again before the next turn: the removed case does not end
// the loop, and each of its turns leaves a timer behind.
func (p *pollState) pollLoop(check func() bool) {
	go func() {
		done := false
		for !done {
			select {
			case <-p.removed:
				done = true
			case <-time.After(time.Minute): // want `time\.After in this loop starts a new timer`
			}
			if check() {
				done = false
			}
		}
	}()
}
