package gl406

import (
	"sync"
	"time"
)

// The readers poll until they find a row or are stopped; each sends at most one error. The deferred
// closure waits for all of them before it closes the channel and drains it: no sender is left.
func pollReaders(n int, stop chan struct{}, read func(int) (bool, error)) (failed int) {
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
		wg.Wait()
		close(errs)
		for range errs {
			failed++
		}
	}()
	close(stop)
	return 0
}
