package gl202

import (
	"context"
	"sync"
)

// The twin: only the goroutine calls the closure, and one case leaves without it.
func awaitAlone(ctx context.Context, found chan struct{}) error {
	var wg sync.WaitGroup
	wg.Add(1)
	finish := func() {
		wg.Done()
	}
	go func() {
		select { // want "without calling wg.Done"
		case <-ctx.Done():
			finish()
		case <-found:
		}
	}()
	wg.Wait()
	return ctx.Err()
}
