package gl506

import "sync"

var lastError string

// Two goroutines of one function write a package variable.
func probeBoth(a, b func() error) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := a(); err != nil {
			lastError = err.Error() // want `data race on lastError: two goroutines write it`
		}
	}()
	go func() {
		defer wg.Done()
		if err := b(); err != nil {
			lastError = err.Error() // want `data race on lastError: two goroutines write it`
		}
	}()
	wg.Wait()
}
