package gl203

import "sync"

// Each job is counted before it is tried; one that cannot start takes back its own count at once,
// before any goroutine could count it down.
func runReady(jobs []func() bool, work func()) {
	wg := &sync.WaitGroup{}
	for _, ready := range jobs {
		wg.Add(1)
		if !ready() {
			wg.Add(-1)
			continue
		}
		go func() {
			defer wg.Done()
			work()
		}()
	}
	wg.Wait()
}
