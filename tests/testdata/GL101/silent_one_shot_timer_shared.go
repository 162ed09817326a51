package gl101

import (
	"errors"
	"sync"
	"time"
)

// stopper stops its fetchers and then its workers, within one deadline for both.
type stopper struct {
	fetchers, workers sync.WaitGroup
	quitFetch, quit   chan struct{}
}

// stopWithin waits for each group in turn. Both waits share one timer: its channel delivers one value,
// so if the first select took it, the second can only end by receiving; one value at most is left
// behind, and the buffer of one takes it.
func (s *stopper) stopWithin(timeout time.Duration) error {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	done := make(chan struct{}, 1)

	go func() {
		s.fetchers.Wait()
		done <- struct{}{}
	}()
	var firstErr error
	close(s.quitFetch)
	select {
	case <-done:
	case <-timer.C:
		firstErr = errors.New("fetchers are not stopped in time")
	}

	go func() {
		s.workers.Wait()
		done <- struct{}{}
	}()
	close(s.quit)
	select {
	case <-done:
	case <-timer.C:
		if firstErr == nil {
			firstErr = errors.New("workers are not stopped in time")
		}
	}
	return firstErr
}
