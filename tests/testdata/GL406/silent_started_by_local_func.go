package gl406

import (
	"fmt"
	"sync"
)

// The senders are started by a local func (wg.Add, then a goroutine that defers wg.Done); every use of
// it is a call, and wg.Wait() runs after the calls: each sender is done before the close.
func collectErrors(jobs []func() error) []error {
	errs := make(chan error, len(jobs)+2)
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
	for _, j := range jobs {
		run(j)
	}
	run(func() error { return fmt.Errorf("extra") })
	wg.Wait()
	close(errs)
	var out []error
	for err := range errs {
		out = append(out, err)
	}
	return out
}
