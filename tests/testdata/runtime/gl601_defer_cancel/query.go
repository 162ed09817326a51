package rt

import (
	"context"
	"time"
)

// Query derives a per-call context from the caller's.
func Query(parent context.Context) error {
	ctx, _ := context.WithTimeout(parent, time.Hour) // want `is discarded`
	return ctx.Err()
}
