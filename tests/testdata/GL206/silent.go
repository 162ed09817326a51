package gl206

import "sync"

// Add inside the loop: each batch of one is waited for before the next (serial, but correct).
func oneByOne(jobs []int) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(j int) {
			defer wg.Done()
			_ = j
		}(j)
		wg.Wait()
	}
}

// Wait after the loop.
func all(jobs []int) {
	var wg sync.WaitGroup
	wg.Add(len(jobs))
	for _, j := range jobs {
		go func(j int) {
			defer wg.Done()
			_ = j
		}(j)
	}
	wg.Wait()
}
