// Package plugin declares what a health checker does.
package plugin

import "context"

// Checker keeps heartbeats.
type Checker interface {
	Delete(ctx context.Context, id string) error
	Name() string
}
