package gl202

import (
	"context"
	"sync"
)

// The twin: every goroutine is counted, but only the first calls Done.
func watchAllStreams(ctx context.Context, streams []recvStream) {
	var wg sync.WaitGroup
	for i, s := range streams {
		wg.Add(1)
		go func(isReceiver bool) {
			if isReceiver {
				_, _ = s.Recv()
				wg.Done()
			}
			for {
				select {
				case <-ctx.Done():
					return // want `goroutine returns here without calling wg\.Done\(\)`
				default:
					_, _ = s.Recv()
				}
			}
		}(i == 0)
	}
	wg.Wait()
}
