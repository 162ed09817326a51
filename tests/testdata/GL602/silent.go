package gl602

import "context"

func noParam(s *store) error {
	return s.query(context.Background(), "x")
}

func blank(_ context.Context, s *store) error {
	return s.query(context.Background(), "x")
}

func explained(ctx context.Context, s *store) error {
	// detached: the audit record must be written even when the request is cancelled
	return s.query(context.Background(), "audit")
}

func compare(ctx context.Context) bool {
	return ctx != context.Background()
}

// keepValues returns a context that is never cancelled, on purpose.
func keepValues(ctx context.Context) context.Context {
	return context.Background()
}
