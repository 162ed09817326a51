package gl601

import (
	"context"
	"time"
)

func fetchWithTimeout(parent context.Context) error {
	ctx, _ := context.WithTimeout(parent, 2*time.Second) // want `is discarded`
	return fetch(ctx)
}

func fetch(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Millisecond):
		return nil
	}
}
