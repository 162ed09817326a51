package store

import (
	"context"
	"testing"
)

func TestRebuild(t *testing.T) {
	if err := Rebuild(context.Background(), &Store{}); err != nil {
		t.Error(err)
	}
}
