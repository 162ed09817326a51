package gl101

// As statusConn, but the fan-out is given a channel of its own: nothing receives the updates.
type healthConn struct {
	updates chan any
	fan     *fanOut[any]
}

func newHealthConn() *healthConn {
	c := &healthConn{updates: make(chan any)}
	c.fan = newFanOut[any](make(chan any))
	go c.fan.run()
	return c
}

func (c *healthConn) forward(msgs []any) {
	for _, m := range msgs {
		c.updates <- m // want "send on c.updates blocks forever"
	}
}
