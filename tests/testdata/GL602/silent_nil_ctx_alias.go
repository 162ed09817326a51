package gl602

import "context"

type dialSession struct {
	base context.Context
}

func (s *dialSession) connect(ctx context.Context) error { return ctx.Err() }

// The Background replaces a nil received ctx, through a local copy of it.
// A nil one carries no deadline.
func newDialSession(ctx context.Context) (*dialSession, error) {
	base := ctx
	if base == nil {
		base = context.Background()
	}
	s := &dialSession{base: base}
	if err := s.connect(ctx); err != nil {
		return nil, err
	}
	return s, nil
}
