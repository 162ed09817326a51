package gl201

import "sync"

func before(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			process(it)
		}(it)
	}
	wg.Wait()
}

// The goroutine counts the children it starts; the parent does not Wait on wg.
func children(wg *sync.WaitGroup, items []int) {
	go func() {
		for _, it := range items {
			wg.Add(1)
			go func(it int) {
				defer wg.Done()
				process(it)
			}(it)
		}
	}()
}

// A counted goroutine adds for the child it starts (a shape from net/http's tests).
func nested(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wg.Add(1)
			go func() {
				defer wg.Done()
			}()
		}()
	}
	wg.Wait()
}
