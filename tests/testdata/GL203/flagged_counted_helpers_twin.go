package gl203

import "sync"

type feeder struct{ ch chan int }

func maybeDrain(wg *sync.WaitGroup, f *feeder, n int) {
	if n == 0 {
		return
	}
	for i := 0; i < n; i++ {
		<-f.ch
	}
	wg.Done()
}

func pushEach(wg *sync.WaitGroup, f *feeder, n int) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		f.ch <- i
	}
}

// The helper called in place skips Done when n is zero: only the goroutine's
// count is sure to be paid.
func feedAll(f *feeder, n int) {
	var wg sync.WaitGroup
	wg.Add(2) // want `wg\.Add\(2\) but 1 goroutine calls wg\.Done\(\) before wg\.Wait\(\)`
	go pushEach(&wg, f, n)
	maybeDrain(&wg, f, n)
	wg.Wait()
}
