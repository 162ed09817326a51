package gl601

import (
	"context"
	"time"
)

// A timeout's timer runs until the deadline even with Background as its parent.
func timedDial(dial func(context.Context) error) error {
	ctx, _ := context.WithTimeout(context.Background(), time.Minute) // want `the cancel func of context.WithTimeout is discarded`
	return dial(ctx)
}
