package gl601

import "context"

// The local parent is not a root for sure: it is reassigned to a context that can be cancelled, which
// keeps the child registered until then.
type pagingAction struct {
	stopPaging context.CancelFunc
	group      string
}

func (a *pagingAction) createPaging(parent context.Context, group string) error {
	root := context.Background()
	if parent != nil {
		root = parent
	}
	_, a.stopPaging = context.WithCancel(root) // want `a\.stopPaging is never called`
	a.group = group
	return nil
}

func dropReassignedRoot(next func() context.Context, dial func(context.Context) error) error {
	base := context.TODO()
	base = next()
	ctx, _ := context.WithCancel(base) // want `the cancel func of context\.WithCancel is discarded`
	return dial(ctx)
}
