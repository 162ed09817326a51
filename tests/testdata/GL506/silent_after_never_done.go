package gl506

import (
	"context"
	"sync"
)

// The goroutine writes the cached recorder only after <-ctx.Done(), and every context that reaches
// cachedRecorder is context.Background() with a value added (tickStatus's local, through
// reportStatus): it is never done, so the write never runs.

type statusRecorder struct{ n int }

type statusEvent struct {
	Recorder *statusRecorder
}

func (a *statusEvent) cachedRecorder(ctx context.Context) *statusRecorder {
	if a.Recorder == nil {
		a.Recorder = &statusRecorder{}
		go func() {
			<-ctx.Done()
			a.Recorder = nil
		}()
	}
	return a.Recorder
}

type statusKey struct{}

func withStatusEvent(ctx context.Context) context.Context {
	return context.WithValue(ctx, statusKey{}, &statusEvent{})
}

func reportStatus(ctx context.Context) {
	if ev, ok := ctx.Value(statusKey{}).(*statusEvent); ok {
		ev.cachedRecorder(ctx).n++
	}
}

var statusMu sync.Mutex

func TickStatus() {
	ctx := withStatusEvent(context.Background())
	statusMu.Lock()
	reportStatus(ctx)
	statusMu.Unlock()
}
