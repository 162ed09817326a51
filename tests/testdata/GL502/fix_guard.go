package gl502

import (
	"errors"
	"sync"
)

func sizes(files []string) (int, error) {
	var wg sync.WaitGroup
	var firstErr error
	total := 0
	for _, f := range files {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			if f == "" {
				firstErr = errors.New("empty name") // want `firstErr is written in this goroutine by every goroutine`
				return
			}
			total += len(f) // want `total is written in this goroutine by every goroutine`
		}(f)
	}
	wg.Wait()
	return total, firstErr
}
