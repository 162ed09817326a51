package gl502

import (
	"context"
	"sync"
)

// A mutex that gives up when the context ends: held where its error is nil.
type ctxMutex struct{ ch chan struct{} }

func (m *ctxMutex) Lock()   { m.ch <- struct{}{} }
func (m *ctxMutex) Unlock() { <-m.ch }
func (m *ctxMutex) LockWithContext(ctx context.Context) error {
	select {
	case m.ch <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func countLocked(ctx context.Context, m *ctxMutex, n int) int {
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := m.LockWithContext(ctx); err == nil {
				counter++
				m.Unlock()
			}
		}()
	}
	wg.Wait()
	return counter
}
