package gl105

import (
	"errors"
	"time"
)

var errSubTestTimeout = errors.New("sub-test did not return in time")

func runSubTest(name string) error { return nil }

// runSubTests runs each sub-test in a goroutine of its turn and waits for
// that turn's result: the loop turns once per sub-test, not per message.
func runSubTests(names []string, timeout time.Duration) error {
	for _, name := range names {
		result := make(chan error, 1)
		go func(name string) {
			result <- runSubTest(name)
		}(name)
		select {
		case err := <-result:
			if err != nil {
				return err
			}
		case <-time.After(timeout):
			return errSubTestTimeout
		}
	}
	return nil
}

var _ = runSubTests
