// Package plugin declares what a health checker does.
package plugin

import "context"

// Checker keeps heartbeats.
type Checker interface {
	Delete(ctx context.Context, id string) error
	Name() string
}

// fromPeer of this package (not the one the leader's Delete calls) ignores its context.
func fromPeer(_ context.Context) bool { return false }

var _ = fromPeer
