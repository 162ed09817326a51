package gl301

import (
	"errors"
	"sync"
	"time"
)

type fetcher struct {
	mu   sync.Mutex
	last time.Time
}

// Unlock happens before slow work on purpose: no defer fix is offered.
func (f *fetcher) Fetch(url string) error {
	f.mu.Lock()
	if url == "" {
		return errors.New("no url") // want `return with f.mu locked`
	}
	f.last = time.Now()
	f.mu.Unlock()
	time.Sleep(time.Millisecond) // the slow fetch, outside the lock
	return nil
}
