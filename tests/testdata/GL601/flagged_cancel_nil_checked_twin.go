package gl601

import (
	"context"
	"time"
)

// The twin of silent_cancel_nil_checked.go: the test is the wrong way round, so cancel is never called.
func setUpClusterInverted() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	err := startCluster(ctx)
	if cancel == nil {
		cancel()
	}
	return err // want `cancel is not called on this path: the context leaks`
}
