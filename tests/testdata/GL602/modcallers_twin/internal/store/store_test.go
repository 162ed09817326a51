package store

import (
	"context"
	"testing"
)

func TestReindex(t *testing.T) {
	s := &Store{}
	if err := s.Reindex(context.Background()); err != nil {
		t.Error(err)
	}
}
