package gl506

import (
	"net/http"
	"sync"
)

// Only the GET kind of subscriber writes timedOut; the loops that start the other kinds pass
// another constant for the kind, so their goroutines never reach the write.
type benchRun struct {
	timedOut bool
}

func (b *benchRun) subscribe(kind string, wg *sync.WaitGroup) {
	defer wg.Done()
	if kind == http.MethodGet {
		b.timedOut = true
	}
}

func (b *benchRun) RunPosts(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go b.subscribe(http.MethodPost, &wg)
	}
	wg.Wait()
}

func (b *benchRun) RunPuts(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go b.subscribe(http.MethodPut, &wg)
	}
	wg.Wait()
}
