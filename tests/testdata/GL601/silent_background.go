package gl601

import "context"

// A child of Background registers nothing with it and starts no timer: the
// cancel func, dropped, leaks nothing.
func detachedDial(dial func(context.Context) error) error {
	ctx, _ := context.WithCancel(context.Background())
	return dial(ctx)
}
