package gl502

import (
	"context"
	"sync"
)

// A lock whose Lock takes a context and whose Unlock takes nothing: every goroutine locks the same
// value, so the count is written with it held.
type chanLock struct{ ch chan struct{} }

func newChanLock() *chanLock { return &chanLock{ch: make(chan struct{}, 1)} }

func (l *chanLock) Lock(ctx context.Context) error {
	select {
	case l.ch <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *chanLock) Unlock() { <-l.ch }

func countWithChanLock(ctx context.Context, n int) int {
	l := newChanLock()
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.Lock(ctx); err != nil {
				return
			}
			defer l.Unlock()
			counter++
		}()
	}
	wg.Wait()
	return counter
}
