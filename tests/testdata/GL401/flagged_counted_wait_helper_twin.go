package gl401

import (
	"fmt"
	"time"
)

func exportRows(jobs <-chan int, done chan<- struct{}) {
	for j := range jobs {
		_ = j
	}
	done <- struct{}{}
}

// closeAfter receives n times, then closes the channel.
func closeAfter(done chan struct{}, start time.Time, n int) {
	for i := 0; i < n; i++ {
		<-done
	}
	close(done)
	fmt.Println("export took", time.Since(start))
}

// exportAll starts workers goroutines but waits for only the first of them: the others may still
// send on done after the helper closed it.
func exportAll(rows []int, workers int) {
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
		go exportRows(jobs, done)
	}
	first := 1
	closeAfter(done, start, first) // want "close\\(done\\) while a goroutine may still send on it"
}

// exportBoth starts two goroutines per turn, 2*workers senders, while the helper receives workers
// times: half of them may still send after the close.
func exportBoth(rows []int, workers int) {
	jobs := make(chan int, 16*workers)
	done := make(chan struct{}, 2*workers)
	start := time.Now()
	go func() {
		for _, r := range rows {
			jobs <- r
		}
		close(jobs)
	}()
	for i := 0; i < workers; i++ {
		go exportRows(jobs, done)
		go exportRows(jobs, done)
	}
	closeAfter(done, start, workers) // want "close\\(done\\) while a goroutine may still send on it"
}
