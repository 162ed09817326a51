// Package api answers lookups.
package api

import (
	"context"

	"example.com/modfake/store"
)

// Handler answers lookups from a store client.
type Handler struct{ client store.Client }

// New builds a handler over the application's client.
func New() *Handler { return &Handler{client: store.Default} }

// Lookup reads a key. Outside the tests, the client is the in-memory one, which ignores its ctx.
func (h *Handler) Lookup(ctx context.Context, key string) (string, error) {
	return h.client.Get(context.TODO(), key)
}

// Exists reads a key through the package's default client.
func Exists(ctx context.Context, key string) bool {
	v, err := store.Default.Get(context.TODO(), key)
	return err == nil && v != ""
}
