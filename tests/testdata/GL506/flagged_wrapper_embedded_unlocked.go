package gl506

import (
	"sync"

	"example.com/app/syncutil"
)

// The twin: the wrapper is there, but the writes do not take it.
func lastWriterUnlocked() int {
	result := struct {
		syncutil.RWMutex
		val int
	}{}
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			result.val = i // want `data race on result\.val`
		}(i)
	}
	wg.Wait()
	return result.val
}
