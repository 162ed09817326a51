package gl407

import (
	"context"
	"sync"
)

// The jobs are all queued and the channel closed before the workers start: the receive in the default
// finds a value or the close, and never blocks.
func processAll(ctx context.Context, items []int) {
	jobs := make(chan int, len(items))
	for _, it := range items {
		jobs <- it
	}
	close(jobs)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				default:
					j, ok := <-jobs
					if !ok {
						return
					}
					_ = stepOnce(ctx) == nil && j > 0
				}
			}
		}()
	}
	wg.Wait()
}
