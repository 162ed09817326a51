package gl407

import (
	"context"
	"io"
	"sync"
)

// One slot for n calls: a second reader's error waits in the default, where ctx is not watched.
func readAllOneSlot(ctx context.Context, src io.Reader, n int) error {
	errCh := make(chan error, 1)
	var wg sync.WaitGroup
	defer close(errCh)
	defer wg.Wait()
	for i := 0; i < n; i++ {
		wg.Add(1)
		startReaderShared(ctx, src, errCh, &wg)
	}
	select {
	case err := <-errCh:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func startReaderShared(ctx context.Context, src io.Reader, errCh chan<- error, wg *sync.WaitGroup) {
	buf := make([]byte, 64)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			default:
				if _, err := io.ReadFull(src, buf); err != nil {
					errCh <- err // want `this blocks in the select's default`
					return
				}
			}
		}
	}()
}
