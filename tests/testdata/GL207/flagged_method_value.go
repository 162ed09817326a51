package gl207

import "sync"

// Done through a method value, deferred, and once more on the error path.
func viaValue(jobs []func() error) {
	var wg sync.WaitGroup
	done := wg.Done
	for _, j := range jobs {
		wg.Add(1)
		go func(j func() error) {
			defer done()
			if err := j(); err != nil {
				wg.Done() // want `wg\.Done\(\) runs twice on this path`
				return
			}
		}(j)
	}
	wg.Wait()
}

// The method value made inside the goroutine.
func valueInside(jobs []func() error) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(j func() error) {
			done := wg.Done
			defer done()
			if j() != nil {
				wg.Done() // want `wg\.Done\(\) runs twice on this path`
			}
		}(j)
	}
	wg.Wait()
}
