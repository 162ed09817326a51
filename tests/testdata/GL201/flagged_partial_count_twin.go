package gl201

import "sync"

// StoreAll counts half the entries up front; the spawning goroutine adds
// the rest itself, after Wait may have returned.
func StoreAll(names []string, store func(string)) {
	var wg sync.WaitGroup
	half := len(names) / 2
	wg.Add(half)
	go func() {
		wg.Add(len(names) - half) // want `wg\.Add runs in a goroutine wg does not count`
		for _, n := range names {
			go func(n string) {
				defer wg.Done()
				store(n)
			}(n)
		}
	}()
	wg.Wait()
}
