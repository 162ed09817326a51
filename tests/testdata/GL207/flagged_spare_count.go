package gl207

import "sync"

// One Add for the goroutine only: its explicit Done and its deferred one both count it down.
func forwardOnce(in <-chan int) *sync.WaitGroup {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range in {
		}
		wg.Done() // want `wg\.Done\(\) runs twice on this path for a goroutine counted once`
	}()
	return &wg
}
