// Package context stands for the std package of that name, tested from its own examples.
package context

// Context is a stand-in.
type Context interface{ Done() <-chan struct{} }

type cancelCtx struct{ done chan struct{} }

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

// WithCancel returns a child and its cancel func.
func WithCancel(parent Context) (Context, func()) {
	c := &cancelCtx{done: make(chan struct{})}
	return c, func() { close(c.done) }
}
