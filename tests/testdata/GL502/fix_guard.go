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
				firstErr = errors.New("empty name") // want `data race on firstErr: written here with no mutex held`
				return
			}
			total += len(f) // want `data race on total: written here with no mutex held`
		}(f)
	}
	wg.Wait()
	return total, firstErr
}
