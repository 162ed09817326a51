package gl506

import (
	"context"
	"time"
)

// The context has a deadline: once it passes, the goroutine writes the cached recorder while the
// starter may read it.

type timedRecorder struct{ n int }

type timedEvent struct {
	Recorder *timedRecorder
}

func (a *timedEvent) cachedTimedRecorder(ctx context.Context) *timedRecorder {
	if a.Recorder == nil {
		a.Recorder = &timedRecorder{}
		go func() {
			<-ctx.Done()
			a.Recorder = nil // want `data race on a\.Recorder: written here, read by the starter meanwhile`
		}()
	}
	return a.Recorder
}

type timedKey struct{}

func reportTimed(ctx context.Context) {
	if ev, ok := ctx.Value(timedKey{}).(*timedEvent); ok {
		ev.cachedTimedRecorder(ctx).n++
	}
}

func TickTimed() {
	ctx, cancel := context.WithTimeout(context.WithValue(context.Background(), timedKey{}, &timedEvent{}), time.Second)
	defer cancel()
	reportTimed(ctx)
}
