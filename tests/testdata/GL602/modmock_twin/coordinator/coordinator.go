// Package coordinator runs the cluster's coordinator loop.
package coordinator

import (
	"context"
	"time"
)

// Coordinator is what the application runs.
type Coordinator interface {
	RunCoordinator(ctx context.Context, initial bool) error
}

// Clustered keeps the shards in sync.
type Clustered struct{ every time.Duration }

func (c *Clustered) sync(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(c.every):
		return nil
	}
}

// RunCoordinator syncs the shards. main hands the method on as a value: what calls it, with which
// ctx, is not followed, so the received ctx may carry a deadline the TODO drops.
func (c *Clustered) RunCoordinator(ctx context.Context, initial bool) error {
	if ctx.Err() != nil || !initial {
		return nil
	}
	return c.sync(context.TODO()) // want `context\.TODO\(\) drops the received ctx \(ctx\)`
}
