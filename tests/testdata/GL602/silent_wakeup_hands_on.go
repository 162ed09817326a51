package gl602

import (
	"context"
	"sync"
)

type probeFunc func(context.Context) string

// FirstProbe runs the probes under the received ctx; found only tells the
// other probes that one already answered.
func FirstProbe(ctx context.Context, probes []probeFunc) string {
	found, stop := context.WithCancel(context.Background())
	defer stop()
	results := make(chan string, len(probes))
	var wg sync.WaitGroup
	for _, p := range probes {
		wg.Add(1)
		go func(p probeFunc) {
			defer wg.Done()
			select {
			case <-found.Done():
				return
			default:
				if r := p(ctx); r != "" {
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
