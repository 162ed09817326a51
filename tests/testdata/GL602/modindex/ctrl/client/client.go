// Package client stands for controller-runtime's client of another module: goleash does not read its bodies.
package client

import "context"

// MatchingFields selects the objects whose field index has these values.
type MatchingFields map[string]string

// Client reads objects: through the manager's cache for the kinds it informs on.
type Client interface {
	List(ctx context.Context, list interface{}, opts ...interface{}) error
}

// FieldIndexer registers field indexes on the manager's cache.
type FieldIndexer interface {
	IndexField(ctx context.Context, obj interface{}, field string, extract func(interface{}) []string) error
}

// Manager runs the controllers once its cache has synced.
type Manager interface {
	GetClient() Client
	GetFieldIndexer() FieldIndexer
	Start(ctx context.Context) error
}
