// Package schema converts a schema.
package schema

import (
	"context"
	"time"
)

// Convert converts the schema in dir, or stops when ctx is done.
func Convert(ctx context.Context, dir string) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(10 * time.Millisecond):
		return nil
	}
}
