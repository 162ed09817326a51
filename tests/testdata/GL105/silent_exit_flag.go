package gl105

import "time"

type checkpointer struct {
	finished chan struct{}
	interval time.Duration
	save     func()
}

// The other case only sets a flag that ends the loop after this turn's checkpoint: every turn that goes
// on was woken by its own timer, so at most one timer is pending.
func (c *checkpointer) loop() {
	last := false
	for {
		select {
		case <-c.finished:
			last = true
		case <-time.After(c.interval):
		}
		c.save()
		if last {
			return
		}
	}
}
