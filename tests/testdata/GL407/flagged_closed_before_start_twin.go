package gl407

import (
	"context"
	"sync"
)

// The twin of silent_closed_before_start.go: the jobs are queued after the workers start, and the close
// comes only once they are all done; a worker waits in the default for a job that may never come.
func processAllLater(ctx context.Context, items []int) {
	jobs := make(chan int)
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
					j, ok := <-jobs // want `this blocks in the select's default`
					if !ok {
						return
					}
					_ = stepOnce(ctx) == nil && j > 0
				}
			}
		}()
	}
	for _, it := range items {
		jobs <- it
	}
	wg.Wait()
	close(jobs)
}
