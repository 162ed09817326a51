package gl601

import "context"

type promise[R any] struct {
	ready  chan struct{}
	cancel func()
}

// newPromise keeps the cancel func it is given: the promise calls it.
func newPromise[R any](cancel func()) promise[R] {
	return promise[R]{ready: make(chan struct{}), cancel: cancel}
}

// The cancel func is handed to a call with type arguments (newPromise[R]),
// which keeps it in the promise this function returns.
func promiseWithContext[R any](parent context.Context) (*promise[R], context.Context) {
	ctx, cancel := context.WithCancel(parent)
	p := newPromise[R](cancel)
	return &p, ctx
}
