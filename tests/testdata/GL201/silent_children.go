package gl201

import "sync"

// The dispatcher is counted itself: the counter stays above zero while it adds.
func countedDispatch(items []int) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, it := range items {
			wg.Add(1)
			go func(it int) {
				defer wg.Done()
				process(it)
			}(it)
		}
	}()
	wg.Wait()
}

// The starter waits until the dispatcher has added everything.
func syncedDispatch(items []int) {
	var wg sync.WaitGroup
	ready := make(chan struct{})
	go func() {
		for _, it := range items {
			wg.Add(1)
			go func(it int) {
				defer wg.Done()
				process(it)
			}(it)
		}
		close(ready)
	}()
	<-ready
	wg.Wait()
}

func countedWorker(wg *sync.WaitGroup) {
	defer wg.Done()
	wg.Add(1)
	go func() {
		defer wg.Done()
	}()
}

// A named goroutine counted before it starts adds for its own child.
func namedCounted() {
	var wg sync.WaitGroup
	wg.Add(1)
	go countedWorker(&wg)
	wg.Wait()
}
