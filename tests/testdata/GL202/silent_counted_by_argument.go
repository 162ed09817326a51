package gl202

import (
	"context"
	"sync"
)

type recvStream interface{ Recv() (int, error) }

// Only the first goroutine is counted, and only it is told so by its argument: it calls Done
// before its loop; the others were never counted.
func watchStreams(ctx context.Context, streams []recvStream) {
	var wg sync.WaitGroup
	for i, s := range streams {
		if i == 0 {
			wg.Add(1)
		}
		go func(isReceiver bool) {
			if isReceiver {
				_, _ = s.Recv()
				wg.Done()
			}
			for {
				select {
				case <-ctx.Done():
					return
				default:
					_, _ = s.Recv()
				}
			}
		}(i == 0)
	}
	wg.Wait()
}
