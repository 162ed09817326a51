package gl506

import (
	"sync"

	"example.com/app/syncutil"
)

// Every write to result.val holds result's lock: another package's wrapper, embedded.
func lastWriter() int {
	result := struct {
		syncutil.RWMutex
		val int
	}{}
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			result.Lock()
			result.val = i
			result.Unlock()
		}(i)
	}
	wg.Wait()
	result.RLock()
	defer result.RUnlock()
	return result.val
}
