package gl202

import "sync"

// The twin: the flag is also cleared on the error path, where no Done runs, and the deferred
// closure then skips its Done.
func collectStatsLossy(wg *sync.WaitGroup, id string) {
	pending := true
	defer func() {
		if pending {
			pending = false
			wg.Done()
		}
	}()
	if err := openStream(id); err != nil {
		pending = false
		return
	}
	for i := 0; i < 3; i++ {
		if pollStream() == nil && pending {
			pending = false
			wg.Done()
		}
	}
}

func runStatsLossy(ids []string) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go collectStatsLossy(&wg, id) // want `goroutine collectStatsLossy can return without calling wg\.Done\(\)`
	}
	wg.Wait()
}
