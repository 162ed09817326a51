package gl202

import "sync"

func deferredWorker(jobs <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		if j < 0 {
			return
		}
	}
}

// Done per job inside the loop: a count of jobs, not of goroutines.
func perJob(jobs <-chan int, wg *sync.WaitGroup) {
	for range jobs {
		wg.Done()
	}
}

// Done only when a WaitGroup was given.
func maybeCounted(jobs <-chan int, wg *sync.WaitGroup) {
	if wg != nil {
		defer wg.Done()
	}
	<-jobs
}

func finish(wg *sync.WaitGroup) { wg.Done() }

// Done through a helper on every path.
func viaHelper(jobs <-chan int, wg *sync.WaitGroup) {
	if _, ok := <-jobs; !ok {
		finish(wg)
		return
	}
	finish(wg)
}

func RunNamed(jobs chan int, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(2)
		go deferredWorker(jobs, &wg)
		go viaHelper(jobs, &wg)
	}
	wg.Add(n)
	go perJob(jobs, &wg)
	go maybeCounted(jobs, nil)
	wg.Wait()
}
