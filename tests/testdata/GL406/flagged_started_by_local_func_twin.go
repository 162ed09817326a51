package gl406

import (
	"fmt"
	"sync"
)

// The twin of silent_started_by_local_func.go: the close comes before wg.Wait(), so a sender may still
// be about to send.
func collectErrorsEarly() []error {
	errs := make(chan error, 4)
	var wg sync.WaitGroup
	run := func(fn func() error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(); err != nil {
				errs <- err
			}
		}()
	}
	run(func() error { return fmt.Errorf("first") })
	close(errs) // want `close\(errs\) by its receiver while its sender has more to send`
	wg.Wait()
	var out []error
	for err := range errs {
		out = append(out, err)
	}
	return out
}
