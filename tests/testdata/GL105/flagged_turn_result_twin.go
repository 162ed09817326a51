package gl105

import (
	"errors"
	"time"
)

var errSubTestTimeoutTwin = errors.New("sub-test did not return in time")

func runSubTestTwin(name string) error { return nil }

// runSubTestsTwin waits on one results channel that every sub-test started
// earlier feeds: the loop turns as fast as results come.
func runSubTestsTwin(names []string, timeout time.Duration) error {
	result := make(chan error, len(names))
	for _, name := range names {
		go func(name string) {
			result <- runSubTestTwin(name)
		}(name)
		select {
		case err := <-result:
			if err != nil {
				return err
			}
		case <-time.After(timeout): // want "new timer every iteration"
			return errSubTestTimeoutTwin
		}
	}
	return nil
}

var _ = runSubTestsTwin
