package gl602

import "context"

type informer struct{ stop <-chan struct{} }

func (s *store) newInformer(_ context.Context, name string) *informer {
	return &informer{}
}

func (s *store) newWatcher(ctx context.Context, name string) *informer {
	return &informer{} // ctx is named but never used
}

// The callee never looks at the context it is given: passing the received
// ctx instead would change nothing.
func (s *store) run(ctx context.Context) {
	inf := s.newInformer(context.Background(), "nodes")
	w := s.newWatcher(context.TODO(), "pods")
	inf.stop, w.stop = ctx.Done(), ctx.Done()
}
