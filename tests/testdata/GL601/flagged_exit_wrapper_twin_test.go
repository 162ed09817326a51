package gl601

import (
	"context"
	"testing"
)

// The twin: the closure runs once per retry, and a failed turn leaves its context behind while the
// loop goes on.
func TestRetriedConnect(t *testing.T) {
	try := func() int {
		ctx, cancel := context.WithCancel(context.Background())
		if err := connectBackend(ctx); err != nil {
			return 1 // want `cancel is not called on this path`
		}
		defer cancel()
		return 0
	}
	for i := 0; i < 3 && try() != 0; i++ {
	}
}
