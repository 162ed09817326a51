package gl601

import (
	"context"
	"time"
)

func startCluster(ctx context.Context) error { return ctx.Err() }

// context.WithTimeout never returns a nil cancel func: the test before the call always passes.
func setUpCluster() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	err := startCluster(ctx)
	if cancel != nil {
		cancel()
	}
	return err
}
