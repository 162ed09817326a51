package gl601

import (
	"context"
	"time"
)

var slowErr error

func slow() error { return slowErr }

// A defer on one path does not cover the other.
func fetchEither(parent context.Context, fast bool) error {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	if fast {
		defer cancel()
		return ctx.Err()
	}
	return slow() // want `cancel is not called on this path`
}
