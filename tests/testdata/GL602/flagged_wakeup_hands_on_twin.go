package gl602

import (
	"context"
	"sync"
)

type blindProbe func() string

// FirstBlindProbe runs probes that take no context: the received ctx reaches
// none of them, and found stops them only once one answered.
func FirstBlindProbe(ctx context.Context, probes []blindProbe) string {
	found, stop := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx`
	defer stop()
	results := make(chan string, len(probes))
	var wg sync.WaitGroup
	for _, p := range probes {
		wg.Add(1)
		go func(p blindProbe) {
			defer wg.Done()
			select {
			case <-found.Done():
				return
			default:
				if r := p(); r != "" {
					results <- r
					stop()
				}
			}
		}(p)
	}
	wg.Wait()
	close(results)
	for r := range results {
		return r
	}
	return ""
}

func logWarn(ctx context.Context, msg string) { _ = ctx }

// StartBeats hands the received ctx only to a log line: the beats run under
// beatCtx alone, which only the returned func ends.
func StartBeats(logCtx context.Context, beats <-chan struct{}) func() {
	beatCtx, stop := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx`
	go func() {
		for {
			select {
			case <-beats:
				logWarn(logCtx, "beat")
			case <-beatCtx.Done():
				return
			}
		}
	}()
	return stop
}
