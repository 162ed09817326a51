package gl406

import (
	"sync"
	"time"
)

// The deferred closure closes the channel before it waits: a reader still polling sends on a closed
// channel.
func pollReadersEarly(n int, stop chan struct{}, read func(int) (bool, error)) (failed int) {
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for {
				select {
				case <-time.After(time.Millisecond):
					found, err := read(k)
					if err != nil {
						errs <- err
					}
					if found || err != nil {
						return
					}
				case <-stop:
					return
				}
			}
		}(i)
	}
	defer func() {
		close(errs) // want `close\(errs\) by its receiver while its sender keeps sending` `deferred close\(errs\) runs at return, while a goroutine may still send`
		for range errs {
			failed++
		}
		wg.Wait()
	}()
	return 0
}
