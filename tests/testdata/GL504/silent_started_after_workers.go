package gl504

import (
	"sync"
	"sync/atomic"
)

// scan resets its counters, then starts the workers and the reporter that add and load them
// atomically: the go statements order the resets before every atomic access. scanAll calls it.
type logScanner struct {
	matched int64
	workers int
}

func (s *logScanner) scanEntries(entries chan int) {
	s.matched = 0
	stop := make(chan bool)
	go s.reportMatches(stop)
	defer func() {
		stop <- true
		close(stop)
	}()
	var wg sync.WaitGroup
	for w := 0; w < s.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.matchEntries(entries)
		}()
	}
	wg.Wait()
}

func (s *logScanner) matchEntries(entries chan int) {
	for e := range entries {
		s.matchEntry(e)
	}
}

func (s *logScanner) matchEntry(e int) {
	if e%2 == 0 {
		atomic.AddInt64(&s.matched, 1)
	}
}

func (s *logScanner) reportMatches(stop chan bool) {
	for {
		select {
		case <-stop:
			return
		default:
			_ = atomic.LoadInt64(&s.matched)
		}
	}
}

func scanAll(s *logScanner, entries chan int) {
	s.scanEntries(entries)
}
