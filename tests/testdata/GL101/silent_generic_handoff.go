package gl101

// fanOut hands every value received on its input to its consumers.
type fanOut[T any] struct {
	in   chan T
	outs []chan T
}

func newFanOut[T any](in chan T) *fanOut[T] { return &fanOut[T]{in: in} }

func (f *fanOut[T]) run() {
	for v := range f.in {
		for _, o := range f.outs {
			o <- v
		}
	}
}

// statusConn's updates are handed to a generic constructor given its type argument,
// newFanOut[any](c.updates): the fan-out receives them.
type statusConn struct {
	updates chan any
	fan     *fanOut[any]
}

func newStatusConn() *statusConn {
	c := &statusConn{updates: make(chan any)}
	c.fan = newFanOut[any](c.updates)
	go c.fan.run()
	return c
}

func (c *statusConn) forward(msgs []any) {
	for _, m := range msgs {
		c.updates <- m
	}
}
