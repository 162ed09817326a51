package gl602

import (
	"context"
	"sync"
	"time"
)

func drainUntilStopped(ctx context.Context) { <-ctx.Done() }

// The pacing goroutine never looks at the received ctx: it ends stopCtx
// after ten ticks whatever the caller does.
func PumpUnmerged(ctx context.Context) error {
	var (
		wg              sync.WaitGroup
		stopCtx, cancel = context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx`
	)
	wg.Add(2)
	go func() { defer wg.Done(); drainUntilStopped(stopCtx) }()
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Second)
		defer t.Stop()
		defer cancel()
		for i := 0; i < 10; i++ {
			<-t.C
		}
	}()
	wg.Wait()
	return ctx.Err()
}

func superviseFor(d time.Duration) error {
	time.Sleep(d)
	return nil
}

// The supervising goroutine hands the received ctx to nothing: feedCtx ends
// after a fixed time whatever the caller does.
func PumpNotHandedOn(ctx context.Context) error {
	var (
		wg               sync.WaitGroup
		feedCtx, release = context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx`
	)
	wg.Add(2)
	go func() { defer wg.Done(); drainUntilStopped(feedCtx) }()
	go func() {
		defer release()
		defer wg.Done()
		if err := superviseFor(time.Second); err != nil {
			return
		}
	}()
	wg.Wait()
	return ctx.Err()
}

// PumpRebound gives the received name to the new context: what the goroutine
// hands on is the new context, not the caller's.
func PumpRebound(ctx context.Context) {
	ctx, release := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx`
	go func() {
		defer release()
		if err := superviseUntil(ctx); err != nil {
			return
		}
	}()
}

// PumpLogsOnly's goroutine gives the received ctx to a log line only: the line is written at once, and
// feedCtx ends after a fixed time whatever the caller does.
func PumpLogsOnly(ctx context.Context, logger interface {
	InfoContext(ctx context.Context, msg string)
}) {
	feedCtx, release := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx`
	go drainUntilStopped(feedCtx)
	go func() {
		defer release()
		logger.InfoContext(ctx, "feeding")
		time.Sleep(time.Second)
	}()
}
