package gl602

import "context"

type createState struct {
	ctx    context.Context
	cancel context.CancelFunc
}

// The root is only the default; a parent given replaces it on the next line.
func newCreateState(parents ...context.Context) *createState {
	parent := context.Background()
	if len(parents) > 0 && parents[0] != nil {
		parent = parents[0]
	}
	ctx, cancel := context.WithCancel(parent)
	return &createState{ctx: ctx, cancel: cancel}
}
