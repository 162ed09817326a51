package gl601

import "context"

// The consumer keeps only the cancel of a child of a root it binds to a local first, and drops the
// child itself: nothing can wait on its Done(), and a child of a root registers nothing and starts no
// timer. The cancel never called leaks nothing.
type mappingAction struct {
	stopConsume context.CancelFunc
	group       string
}

func (a *mappingAction) createMapping(group string) error {
	root := context.Background()
	_, a.stopConsume = context.WithCancel(root)
	a.group = group
	return nil
}

func dropLocalRoot(dial func(context.Context) error) error {
	base := context.TODO()
	ctx, _ := context.WithCancel(base)
	return dial(ctx)
}
