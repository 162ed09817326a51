package gl502

import (
	"sync/atomic"
	"time"
)

// runInjected runs call in a goroutine and polls its finished flag: the result is read only once the
// flag was seen set, and the goroutine sets it after writing the result.
func runInjected(call func() error) error {
	var result error
	var finished int32
	go func() {
		result = call()
		atomic.StoreInt32(&finished, 1)
	}()
	for atomic.LoadInt32(&finished) == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	return result
}
