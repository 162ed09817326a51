package gl207

import "sync"

// Exclusive paths: one Done each.
func either(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			if it < 0 {
				wg.Done()
				return
			}
			wg.Done()
		}(it)
	}
	wg.Wait()
}

// A Done per job, in the goroutine's loop: counted per job.
func jobs(items []int) {
	var wg sync.WaitGroup
	wg.Add(len(items))
	go func() {
		for range items {
			wg.Done()
		}
	}()
	wg.Wait()
}
