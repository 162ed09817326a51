package gl309

import "sync"

// A local channel between the function and the goroutine it starts, both sides under one local mutex.
func handoff(n int) int {
	var mu sync.Mutex
	total := 0
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			mu.Lock()
			ch <- i
			mu.Unlock()
		}
	}()
	for i := 0; i < n; i++ {
		mu.Lock()
		total += <-ch // want `receive from ch waits holding mu, which every sender needs`
		mu.Unlock()
	}
	return total
}
