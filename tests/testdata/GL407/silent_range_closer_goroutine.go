package gl407

import "sync"

// Workers send in their default case; the function ranges over the results until
// a closer goroutine closes them, which it does only after every worker is done:
// every send finds the range loop.
func fetchUntilStopped(n int, fetch func() (int, error), limit int) int {
	stop := make(chan struct{})
	results := make(chan int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	go func() {
		<-stop
		wg.Wait()
		close(results)
	}()
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
					if v, err := fetch(); err == nil {
						results <- v
					}
				}
			}
		}()
	}
	total, seen := 0, 0
	var once sync.Once
	for v := range results {
		total += v
		seen++
		if seen >= limit {
			once.Do(func() { close(stop) })
		}
	}
	return total
}
