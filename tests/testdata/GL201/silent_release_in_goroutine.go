package gl201

import (
	"sync"
	"sync/atomic"
)

// FetchAll counts every entry up front; the spawning goroutine gives back
// the turns it will not start once an error was seen.
func FetchAll(names []string, fetch func(string) error) {
	var failed int32
	var wg sync.WaitGroup
	wg.Add(len(names))
	go func() {
		for i, n := range names {
			if atomic.LoadInt32(&failed) != 0 {
				wg.Add(i - len(names))
				return
			}
			go func(n string) {
				defer wg.Done()
				if fetch(n) != nil {
					atomic.StoreInt32(&failed, 1)
				}
			}(n)
		}
	}()
	wg.Wait()
}
