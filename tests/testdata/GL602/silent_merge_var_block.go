package gl602

import (
	"context"
	"sync"
	"time"
)

func drainUntilDone(ctx context.Context) { <-ctx.Done() }

// The pacing goroutine returns once the received ctx is done, and its
// deferred call then ends drainCtx too: the two are merged.
func PumpMerged(ctx context.Context) error {
	var (
		wg               sync.WaitGroup
		drainCtx, cancel = context.WithCancel(context.Background())
	)
	wg.Add(2)
	go func() { defer wg.Done(); drainUntilDone(drainCtx) }()
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Second)
		defer t.Stop()
		defer cancel()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	wg.Wait()
	return nil
}

func superviseUntil(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

// The supervising goroutine hands the received ctx on and, once that call is
// over, ends feedCtx with its deferred call: the two are merged.
func PumpHandedOn(ctx context.Context) {
	var (
		wg               sync.WaitGroup
		feedCtx, release = context.WithCancel(context.Background())
	)
	wg.Add(2)
	go func() { defer wg.Done(); drainUntilDone(feedCtx) }()
	go func() {
		defer release()
		defer wg.Done()
		if err := superviseUntil(ctx); err != nil {
			return
		}
	}()
	wg.Wait()
}
