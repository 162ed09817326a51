package gl201

import "sync"

func process(int) {}

func all(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		go func(it int) {
			wg.Add(1) // want `wg\.Add runs inside the goroutine it counts`
			defer wg.Done()
			process(it)
		}(it)
	}
	wg.Wait()
}
