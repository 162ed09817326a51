package gl407

import (
	"context"
	"sync"
)

func stepOnce(ctx context.Context) error { return ctx.Err() }

// One buffer slot per goroutine, each sending once: the send in the default never blocks.
func runAll(ctx context.Context, n int) []error {
	var wg sync.WaitGroup
	errc := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				default:
					if err := stepOnce(ctx); err != nil {
						errc <- err
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
