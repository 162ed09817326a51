package gl502

import (
	"sync"
	"sync/atomic"
)

// The flag is set back after each write: the gate lets several writers through.
func lastError(jobs []func() error) error {
	var (
		last error
		busy uint32
		wg   sync.WaitGroup
	)
	for _, job := range jobs {
		job := job
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := job(); err != nil && atomic.SwapUint32(&busy, 1) == 0 {
				last = err // want `data race on last`
				atomic.StoreUint32(&busy, 0)
			}
		}()
	}
	wg.Wait()
	return last
}
