package gl602

import (
	"context"
	"time"
)

// The default is replaced only when verbose is set, not when ctx is non-nil:
// otherwise the received ctx is dropped.
func cleanupContextVerbose(ctx context.Context, verbose bool) (context.Context, context.CancelFunc) {
	base := context.Background() // want `context.Background\(\) drops the received ctx`
	if verbose {
		base = ctx
	}
	return context.WithTimeout(base, time.Minute)
}

// The block replaces the default only on one of its paths.
func cleanupContextSome(ctx context.Context, keep bool) (context.Context, context.CancelFunc) {
	base := context.Background() // want `context.Background\(\) drops the received ctx`
	if ctx != nil {
		if keep {
			base = ctx
		}
	}
	return context.WithTimeout(base, time.Minute)
}
