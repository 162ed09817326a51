package gl601

import (
	"context"
	"time"
)

// A timeout's timer runs until the deadline even with Background as its parent.
func timedDial(dial func(context.Context) error) error {
	ctx, _ := context.WithTimeout(context.Background(), time.Minute) // want `the cancel func of context.WithTimeout is discarded\. The context and its resources leak until its deadline passes`
	return dial(ctx)
}

// Kept and called on the error path only: what waits on ctx (the watcher) is
// meant to end with it, and on the normal path it never does.
func watchedRun(run func(context.Context) error, watch func(context.Context)) error {
	ctx, cancel := context.WithCancel(context.Background())
	go watch(ctx)
	if err := run(ctx); err != nil {
		cancel()
		return err
	}
	return nil // want `cancel is not called on this path`
}
