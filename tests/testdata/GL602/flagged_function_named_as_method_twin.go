package gl602

import "context"

type jobMaker struct{ s *store }

// The method passes its own ctx to the package function of the same name: a caller's cancellation
// does reach the function, and the TODO there drops it.
func (r *jobMaker) makeJob(ctx context.Context, name string) error {
	return makeJob(ctx, r.s, name)
}

func makeJob(ctx context.Context, s *store, name string) error {
	return s.query(context.TODO(), name) // want `context.TODO\(\) drops the received ctx \(ctx\)`
}

func (r *jobMaker) reconcile(ctx context.Context, names []string) error {
	for _, n := range names {
		if err := r.makeJob(ctx, n); err != nil {
			return err
		}
	}
	return nil
}
