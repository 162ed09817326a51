package gl506

import "sync"

type sharedOpts struct {
	ID string
}

// A pointer: both goroutines write the one struct it points to.
func runShared(base *sharedOpts) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		o := base
		o.ID = "a" // want `data race on base\.ID: two goroutines write it`
	}()
	go func() {
		defer wg.Done()
		o := base
		o.ID = "b" // want `data race on base\.ID: two goroutines write it`
	}()
	wg.Wait()
}
