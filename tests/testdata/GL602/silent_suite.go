package gl602

import (
	"context"
	"testing"
)

// A shared test suite (not a _test.go file): tests build their own contexts.
func checkIsolation(ctx context.Context, t *testing.T, s *store) {
	if err := s.query(context.Background(), "other namespace"); err != nil {
		t.Fatal(err)
	}
}

// The received ctx is named as unused on purpose.
func New(_ctx context.Context, s *store) error {
	return s.query(context.Background(), "zones")
}
