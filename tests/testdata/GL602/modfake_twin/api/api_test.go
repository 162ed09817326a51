package api

import (
	"context"
	"testing"

	"example.com/modfake_twin/store/fake"
)

func TestLookup(t *testing.T) {
	h := &Handler{client: fake.Client{GetF: func(ctx context.Context, key string) (string, error) {
		return key, ctx.Err()
	}}}
	if v, err := h.Lookup(context.Background(), "k"); err != nil || v != "k" {
		t.Fatal(v, err)
	}
}
