package rt

import "sync"

// Sum adds the non-negative items concurrently.
func Sum(items []int) int {
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		sum int
	)
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			if it < 0 {
				return // want `without calling wg.Done`
			}
			mu.Lock()
			sum += it
			mu.Unlock()
			wg.Done()
		}(it)
	}
	wg.Wait()
	return sum
}
