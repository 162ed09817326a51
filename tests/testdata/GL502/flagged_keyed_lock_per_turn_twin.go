package gl502

import (
	"context"
	"fmt"
	"sync"
)

// The twin: each goroutine locks its own key, so nothing orders their writes.
func countUnderOwnKeys(locks *keyLocks) int {
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 4; i++ {
		key := fmt.Sprint(i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = locks.Lock(context.Background(), key)
			defer locks.Unlock(key)
			total++ // want `data race on total`
		}()
	}
	wg.Wait()
	return total
}
