package gl407

import (
	"context"
	"sync"
)

// The twin of silent_slot_each_larger_buffer.go: more goroutines than the literal buffer holds.
func readTooConcurrently(ctx context.Context, stop chan struct{}) []error {
	var wg sync.WaitGroup
	readErrors := make(chan error, 2)
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
						readErrors <- err // want `this blocks in the select's default`
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
