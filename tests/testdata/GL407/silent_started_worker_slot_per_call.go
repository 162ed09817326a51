package gl407

import (
	"context"
	"io"
	"sync"
)

// startReader is called once per turn, each call starting one goroutine that sends at most one error on
// errCh (then returns); errCh has a slot per call, and the caller closes it only after Wait.
func readAll(ctx context.Context, src io.Reader, n int) error {
	errCh := make(chan error, n)
	var wg sync.WaitGroup
	defer close(errCh)
	defer wg.Wait()
	for i := 0; i < n; i++ {
		wg.Add(1)
		startReader(ctx, src, errCh, &wg)
	}
	select {
	case err := <-errCh:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func startReader(ctx context.Context, src io.Reader, errCh chan<- error, wg *sync.WaitGroup) {
	buf := make([]byte, 64)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			default:
				if _, err := io.ReadFull(src, buf); err != nil {
					errCh <- err
					return
				}
			}
		}
	}()
}
