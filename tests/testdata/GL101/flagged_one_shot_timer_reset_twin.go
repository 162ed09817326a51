package gl101

import (
	"errors"
	"sync"
	"time"
)

// resetStopper stops its fetchers and then its workers, within one deadline for both.
type resetStopper struct {
	fetchers, workers sync.WaitGroup
	quitFetch, quit   chan struct{}
}

// stopEachWithin gives each group the whole timeout: the timer is reset between the waits, so both
// selects can time out and leave two values for a buffer of one.
func (s *resetStopper) stopEachWithin(timeout time.Duration) error {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	done := make(chan struct{}, 1)

	go func() {
		s.fetchers.Wait()
		done <- struct{}{} // want "goroutine blocks forever sending on done"
	}()
	var firstErr error
	close(s.quitFetch)
	select {
	case <-done:
	case <-timer.C:
		firstErr = errors.New("fetchers are not stopped in time")
	}

	timer.Reset(timeout)
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
