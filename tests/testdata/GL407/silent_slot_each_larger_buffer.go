package gl407

import (
	"context"
	"sync"
)

// A literal buffer larger than the goroutines, each sending once: the send in the default never blocks.
func readConcurrently(ctx context.Context, stop chan struct{}) []error {
	var wg sync.WaitGroup
	readErrors := make(chan error, 100)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
					if err := stepOnce(ctx); err != nil {
						readErrors <- err
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(readErrors)
	var errs []error
	for err := range readErrors {
		errs = append(errs, err)
	}
	return errs
}
