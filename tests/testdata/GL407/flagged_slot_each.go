package gl407

import (
	"context"
	"sync"
)

// One goroutine more than the slots: a send can block in the default, where ctx is not watched.
func runMore(ctx context.Context, n int) []error {
	var wg sync.WaitGroup
	errc := make(chan error, n)
	for i := 0; i <= n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				default:
					if err := stepOnce(ctx); err != nil {
						errc <- err // want `this blocks in the select's default`
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	var errs []error
	for err := range errc {
		errs = append(errs, err)
	}
	return errs
}
