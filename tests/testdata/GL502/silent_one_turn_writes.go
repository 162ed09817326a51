package gl502

import "sync"

// Only the goroutine the loop gives id 0 writes first: each goroutine has its
// own id, so one of them at most passes the test, and the parent reads after
// Wait.
func firstWorkerValue() int {
	var wg sync.WaitGroup
	var first int
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				if id == 0 && j == 0 {
					first = id*10 + j
				}
			}
		}(i)
	}
	wg.Wait()
	return first
}
