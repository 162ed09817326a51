package gl601

import (
	"context"
	"time"
)

// The function can return before it waits: the timer and the context stay
// registered until the deadline.
func pauseUnless(skip bool) {
	ctx, _ := context.WithTimeout(context.Background(), time.Second) // want `the cancel func of context.WithTimeout is discarded`
	if skip {
		return
	}
	<-ctx.Done()
}
