package gl602

import "context"

func (s *store) lookup(ctx context.Context, name string) error {
	return s.query(ctx, name)
}

// The callee passes its ctx on to the query: with Background the query runs on
// after the caller gave up.
func (s *store) Resolve(ctx context.Context, name string) error {
	return s.lookup(context.Background(), name) // want `context\.Background\(\) drops the received ctx \(ctx\)`
}
