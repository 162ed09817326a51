package gl202

import (
	"errors"
	"sync"
)

// The latch the other way round: pending starts true and is cleared only beside a Done; the
// deferred closure calls Done while it is still true. Done runs exactly once on every exit.

func openStream(id string) error {
	if id == "" {
		return errors.New("empty id")
	}
	return nil
}

var pollStreamErr error

func pollStream() error { return pollStreamErr }

func collectStats(wg *sync.WaitGroup, id string) {
	pending := true
	defer func() {
		if pending {
			pending = false
			wg.Done()
		}
	}()
	if err := openStream(id); err != nil {
		return
	}
	for i := 0; i < 3; i++ {
		if pollStream() == nil && pending {
			pending = false
			wg.Done()
		}
	}
}

func runStats(ids []string) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go collectStats(&wg, id)
	}
	wg.Wait()
}
