package gl601

import "context"

type box[R any] struct {
	cancel func()
}

func newBox[R any](cancel func()) box[R] {
	return box[R]{cancel: cancel}
}

// The call with type arguments is given nil, not the cancel func: nothing
// calls cancel, and the context lives until its parent is cancelled.
func boxWithContext[R any](parent context.Context) (*box[R], context.Context) {
	ctx, cancel := context.WithCancel(parent) // want `cancel is never called`
	b := newBox[R](nil)
	_ = cancel == nil
	return &b, ctx
}
