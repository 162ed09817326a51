package gl502

import (
	"context"
	"sync"
)

// The twin of silent_lock_taking_context.go: each goroutine locks a lock of its own.
func countWithOwnChanLocks(ctx context.Context, n int) int {
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		l := newChanLock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.Lock(ctx); err != nil {
				return
			}
			defer l.Unlock()
			counter++ // want `data race on counter`
		}()
	}
	wg.Wait()
	return counter
}
