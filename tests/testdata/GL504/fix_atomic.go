package gl504

import "sync/atomic"

type Counter struct{ n int64 }

func (c *Counter) Inc() { atomic.AddInt64(&c.n, 1) }

func (c *Counter) Start() { go c.Inc() }

func (c *Counter) Value() int64 {
	return c.n // want `c.n is accessed with sync/atomic`
}

func (c *Counter) Add(d int64) {
	c.n += d // want `c.n is accessed with sync/atomic`
}

func (c *Counter) Set(v int64) {
	c.n = v // want `c.n is accessed with sync/atomic`
}

func (c *Counter) Dec() {
	c.n-- // want `c.n is accessed with sync/atomic`
}
