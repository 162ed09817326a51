package gl506

import (
	"net/http"
	"sync"
)

// The loop starts the very kind that writes timedOut: every goroutine writes it.
type benchRun2 struct {
	timedOut bool
}

func (b *benchRun2) subscribe(kind string, wg *sync.WaitGroup) {
	defer wg.Done()
	if kind == http.MethodGet {
		b.timedOut = true
	}
}

func (b *benchRun2) RunGets(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go b.subscribe(http.MethodGet, &wg) // want `data race on b\.timedOut: every goroutine of this loop writes it`
	}
	wg.Wait()
}
