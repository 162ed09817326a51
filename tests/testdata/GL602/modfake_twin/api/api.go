// Package api answers lookups.
package api

import (
	"context"

	"example.com/modfake_twin/store"
)

// Handler answers lookups from a store client.
type Handler struct{ client store.Client }

// New builds a handler over the application's client.
func New() *Handler { return &Handler{client: store.Default} }

// Use makes c the package's default client (a program's dry run uses a fake).
func Use(c store.Client) { store.Default = c }

// Lookup reads a key. A dry run's client waits on its ctx.
func (h *Handler) Lookup(ctx context.Context, key string) (string, error) {
	return h.client.Get(context.TODO(), key) // want "drops the received ctx"
}

// Exists reads a key through the package's default client.
func Exists(ctx context.Context, key string) bool {
	v, err := store.Default.Get(context.TODO(), key) // want "drops the received ctx"
	return err == nil && v != ""
}
