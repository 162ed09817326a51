package gl601

import (
	"context"
	"time"
)

func fetchWithTimeout(parent context.Context) error {
	ctx, _ := context.WithTimeout(parent, 2*time.Second) // want `is discarded`
	<-ctx.Done()
	return ctx.Err()
}
