package gl602

import "context"

// The copy is set to Background when the received ctx is there: the
// caller loses its deadline.
func newDialSessionDropped(ctx context.Context) (*dialSession, error) {
	base := ctx
	if base != nil {
		base = context.Background() // want `context.Background\(\) drops the received ctx`
	}
	s := &dialSession{base: base}
	if err := s.connect(ctx); err != nil {
		return nil, err
	}
	return s, nil
}
