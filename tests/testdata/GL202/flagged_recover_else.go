package gl202

import "sync"

// Done only when a panic was recovered: a normal return never counts down.
func inverted(jobs []func()) {
	var wg sync.WaitGroup
	wg.Add(len(jobs))
	for _, job := range jobs {
		go func(job func()) {
			defer func() {
				if r := recover(); r == nil {
					return
				}
				wg.Done()
			}()
			job() // want `without calling wg\.Done\(\)`
		}(job)
	}
	wg.Wait()
}
