package gl502

import (
	"context"
	"sync"
)

// The twin of silent_lock_with_context.go: the count is taken where the lock was NOT acquired.
func countUnlocked(ctx context.Context, m *ctxMutex, n int) int {
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := m.LockWithContext(ctx); err != nil {
				counter++ // want `data race on counter`
				m.Unlock()
			}
		}()
	}
	wg.Wait()
	return counter
}
