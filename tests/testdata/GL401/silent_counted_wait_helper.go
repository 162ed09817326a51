package gl401

import (
	"fmt"
	"time"
)

func importRows(jobs <-chan int, done chan<- struct{}) {
	for j := range jobs {
		_ = j
	}
	done <- struct{}{}
}

// waitWorkers receives once per worker, then closes the channel: every worker has sent by then.
func waitWorkers(done chan struct{}, start time.Time, workers int) {
	for i := 0; i < workers; i++ {
		<-done
	}
	close(done)
	fmt.Println("import took", time.Since(start))
}

// importAll starts workers goroutines, each sending once on done as its last act, and hands done to
// a helper that receives as many times as the loop started goroutines before it closes it.
func importAll(rows []int, workers int) {
	jobs := make(chan int, 16*workers)
	done := make(chan struct{}, workers)
	start := time.Now()
	go func() {
		for _, r := range rows {
			jobs <- r
		}
		close(jobs)
	}()
	for i := 0; i < workers; i++ {
		go importRows(jobs, done)
	}
	waitWorkers(done, start, workers)
}
