package gl101

import "sync"

type jobRunner struct{ seen int }

// runJobs hands each result to out; it returns when jobs is closed.
func (r *jobRunner) runJobs(jobs <-chan int, out chan<- int) {
	for j := range jobs {
		r.seen++
		out <- j * 2
	}
}

// drainRunners ends when every runner has returned: the exit signal comes after the last Done, so
// each result sent before it has been taken.
func drainRunners(jobs <-chan int, n int) int {
	var wg sync.WaitGroup
	wg.Add(n)
	results := make(chan int)
	for i := 0; i < n; i++ {
		r := &jobRunner{}
		go func() {
			r.runJobs(jobs, results)
			wg.Done()
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
