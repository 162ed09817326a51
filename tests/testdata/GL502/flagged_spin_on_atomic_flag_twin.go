package gl502

import (
	"sync/atomic"
	"time"
)

// runInjectedBusy waits only while the goroutine says it is busy, a flag it has not set yet when the
// loop first looks: the loop may end at once, and the result is read while the goroutine writes it.
func runInjectedBusy(call func() error) error {
	var result error
	var busy int32
	go func() {
		atomic.StoreInt32(&busy, 1)
		result = call() // want `data race on result`
		atomic.StoreInt32(&busy, 0)
	}()
	for atomic.LoadInt32(&busy) == 1 {
		time.Sleep(10 * time.Millisecond)
	}
	return result
}
