package rt

import (
	"context"
	"time"
)

func lookup(ctx context.Context) error { return nil }

// Query cancels its per-call context on the cached path only.
func Query(parent context.Context, cached bool) error {
	ctx, cancel := context.WithTimeout(parent, time.Hour)
	if cached {
		defer cancel()
		return ctx.Err()
	}
	return lookup(ctx) // want `cancel is not called on this path`
}
