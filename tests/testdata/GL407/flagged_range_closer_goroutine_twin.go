package gl407

import "sync"

// The twin of silent_range_closer_goroutine.go: the closer does not wait for the
// workers, so the range loop can end while a worker is still blocked sending.
func fetchUntilStoppedEarly(n int, fetch func() (int, error), limit int) int {
	stop := make(chan struct{})
	results := make(chan int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	go func() {
		<-stop
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
						results <- v // want `blocks`
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
	wg.Wait()
	return total
}
