package gl602

import "context"

type podMaker struct{ s *store }

// The method and the package function share a name. The function's only call is a bare one that
// passes context.TODO(); r.makePod(name) calls the method, not it: no caller of the function has a
// cancellation to lose.
func (r *podMaker) makePod(name string) error {
	return makePod(context.TODO(), r.s, name)
}

func makePod(ctx context.Context, s *store, name string) error {
	return s.query(context.TODO(), name)
}

func (r *podMaker) reconcile(names []string) error {
	for _, n := range names {
		if err := r.makePod(n); err != nil {
			return err
		}
	}
	return nil
}
