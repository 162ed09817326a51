package gl504

import (
	"sync"
	"sync/atomic"
)

// The twin resets the counter in the loop that starts the workers: a later turn's reset runs while
// the workers of the earlier turns add to it.
type twinLogScanner struct {
	matched int64
	workers int
}

func (s *twinLogScanner) scanTwinEntries(entries chan int) {
	var wg sync.WaitGroup
	for w := 0; w < s.workers; w++ {
		s.matched = 0 // want `s\.matched is accessed with sync/atomic elsewhere but plainly here`
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.matchTwinEntries(entries)
		}()
	}
	wg.Wait()
}

func (s *twinLogScanner) matchTwinEntries(entries chan int) {
	for e := range entries {
		if e%2 == 0 {
			atomic.AddInt64(&s.matched, 1)
		}
	}
}
