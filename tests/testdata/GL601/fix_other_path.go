package gl601

import (
	"context"
	"time"
)

func slow() error { return nil }

// A defer on one path does not cover the other.
func fetchEither(parent context.Context, fast bool) error {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	if fast {
		defer cancel()
		return ctx.Err()
	}
	return slow() // want `cancel is not called on this path`
}
