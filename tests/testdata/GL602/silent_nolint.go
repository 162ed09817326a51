package gl602

import "context"

// The authors state for golangci-lint's contextcheck that the flush must not be cut short.
func (s *store) flushNow(ctx context.Context, batch []string) {
	s.flush(context.Background(), batch) //nolint:contextcheck
	_ = ctx.Value("trace")
}

func (s *store) flush(ctx context.Context, batch []string) {
	for _, b := range batch {
		_ = s.query(ctx, b)
	}
}
