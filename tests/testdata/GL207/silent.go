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

// Done through a method value: once on each path.
func valueOnce(jobs []func() error) {
	var wg sync.WaitGroup
	done := wg.Done
	for _, j := range jobs {
		wg.Add(1)
		go func(j func() error) {
			if err := j(); err != nil {
				done()
				return
			}
			wg.Done()
		}(j)
	}
	wg.Wait()
}

func processOnce(j func() error, wg *sync.WaitGroup) {
	if j() != nil {
		wg.Done()
		return
	}
	wg.Done()
}

// A named body with one Done on each path.
func processEach(jobs []func() error) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go processOnce(j, &wg)
	}
	wg.Wait()
}
