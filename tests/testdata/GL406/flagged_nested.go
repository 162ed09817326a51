package gl406

import "sync"

// The outer goroutines do not wait for the senders they start: the close can
// come while a sender is still in its loop.
func collectUnwaited(workers, n int) []error {
	errs := make(chan error, workers*n)
	var outer sync.WaitGroup
	for w := 0; w < workers; w++ {
		outer.Add(1)
		go func() {
			defer outer.Done()
			go func() {
				for i := 0; i < n; i++ {
					if err := check(i); err != nil {
						errs <- err
					}
				}
			}()
		}()
	}
	outer.Wait()
	close(errs) // want `close\(errs\) by its receiver while its sender keeps sending`
	var out []error
	for err := range errs {
		out = append(out, err)
	}
	return out
}
