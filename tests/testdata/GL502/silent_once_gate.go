package gl502

import (
	"sync"
	"sync/atomic"
)

// Only the goroutine that flips the flag first writes first: the gate lets one writer through.
func firstError(jobs []func() error) error {
	var (
		first error
		once  uint32
		wg    sync.WaitGroup
	)
	for _, job := range jobs {
		job := job
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := job(); err != nil && atomic.SwapUint32(&once, 1) == 0 {
				first = err
			}
		}()
	}
	wg.Wait()
	return first
}

func firstErrorTyped(jobs []func() error) error {
	var (
		first error
		set   atomic.Bool
		wg    sync.WaitGroup
	)
	for _, job := range jobs {
		job := job
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := job(); err != nil && set.CompareAndSwap(false, true) {
				first = err
			}
		}()
	}
	wg.Wait()
	return first
}
