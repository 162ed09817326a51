package gl602

import "context"

// The root replaces a parent only when more than one was given: a single parent is dropped.
func newCreateStateTwin(parents ...context.Context) *createStateTwin {
	parent := context.Background() // want `context\.Background\(\) drops the received ctx`
	if len(parents) > 1 {
		parent = parents[1]
	}
	ctx, cancel := context.WithCancel(parent)
	return &createStateTwin{ctx: ctx, cancel: cancel}
}

type createStateTwin struct {
	ctx    context.Context
	cancel context.CancelFunc
}
