package gl207

import "sync"

type serviceList []string

// The goroutine adds one only when a list arrives, in the loop, but calls Done twice on every path:
// with no list the second Done takes the counter below zero.
func watchServices(in <-chan serviceList) *sync.WaitGroup {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range in {
			wg.Add(1)
			break
		}
		wg.Done() // want `wg.Done\(\) runs twice on this path for a goroutine counted once`
	}()
	return &wg
}
