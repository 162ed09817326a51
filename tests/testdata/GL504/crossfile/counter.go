package crossfile

import "sync/atomic"

type Counter struct{ n int64 }

func (c *Counter) Inc() { atomic.AddInt64(&c.n, 1) }

// Count bumps the counter once per event, on a goroutine of its own.
func (c *Counter) Count(events <-chan struct{}) {
	go func() {
		for range events {
			c.Inc()
		}
	}()
}
