package gl602

import (
	"context"
	"time"
)

// The Background context is only a default: the received ctx replaces it
// whenever there is one, so it survives only where ctx is nil.
func cleanupContext(ctx context.Context) (context.Context, context.CancelFunc) {
	base := context.Background()
	if ctx != nil {
		base = context.WithoutCancel(ctx)
	}
	return context.WithTimeout(base, time.Minute)
}
