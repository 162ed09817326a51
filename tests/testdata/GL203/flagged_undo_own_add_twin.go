package gl203

import "sync"

// The goroutine started after the Add(1) counts it down itself: the Add(-1) takes the counter
// below zero once the goroutine's Done has run.
func runAndUndo(jobs []func() bool, work func()) {
	wg := &sync.WaitGroup{}
	for _, ready := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
		if !ready() {
			wg.Add(-1) // want `wg.Add\(-1\) is a Done in disguise`
		}
	}
	wg.Wait()
}
