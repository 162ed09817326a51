package gl207

import (
	"errors"
	"sync"
)

func work(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func runAll(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			if err := work(it); err != nil {
				wg.Done() // want `wg.Done\(\) runs a second time on this path for a goroutine counted once`
				return
			}
		}(it)
	}
	wg.Wait()
}
