package gl101

import "sync"

// drainRunnersStarted counts a runner done once it has started: the exit signal can come while a
// runner still sends.
func drainRunnersStarted(jobs <-chan int, n int) int {
	var wg sync.WaitGroup
	wg.Add(n)
	results := make(chan int)
	for i := 0; i < n; i++ {
		r := &jobRunner{}
		go func() {
			wg.Done()
			r.runJobs(jobs, results) // want `goroutine blocks forever sending on results`
		}()
	}
	exit := make(chan bool)
	go func() {
		wg.Wait()
		close(exit)
	}()
	total := 0
	for {
		select {
		case v := <-results:
			total += v
		case <-exit:
			return total
		}
	}
}
