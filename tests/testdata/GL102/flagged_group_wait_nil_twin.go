package gl102

import (
	"context"
	"errors"

	"golang.org/x/sync/errgroup"
)

func probeChecked(ctx context.Context, target string, out chan map[string]int) error {
	if target == "" {
		return errors.New("no target")
	}
	out <- map[string]int{target: len(target)}
	return nil
}

// The twin: a probe can fail, and the early return then skips the close.
func probeAllChecked(ctx context.Context, targets []string, done chan map[string]int) {
	results := make(chan map[string]int)
	group, _ := errgroup.WithContext(ctx)
	for _, t := range targets {
		t := t
		group.Go(func() error {
			return probeChecked(ctx, t, results)
		})
	}
	doneReading := make(chan bool)
	go func() {
		for range results {
		}
		doneReading <- true // want `goroutine blocks forever sending on doneReading`
	}()
	if err := group.Wait(); err != nil {
		return // want `returns here without closing results`
	}
	close(results)
	<-doneReading
	done <- nil
}
