package gl102

import (
	"errors"
	"time"
)

// done is also sent on the early-return path, before any close: the range can wait forever.
func gatherLate(n int, next func() (int, error)) (int, error) {
	errs := make(chan error, 1)
	done := make(chan struct{}, 1)
	vals := make(chan int, n)
	go func() {
		for i := 0; i < n; i++ {
			v, err := next()
			if err != nil {
				errs <- err
				done <- struct{}{}
				return // want `goroutine returns here without closing vals`
			}
			vals <- v
		}
		close(vals)
		done <- struct{}{}
	}()
	select {
	case <-done:
	case err := <-errs:
		return 0, err
	case <-time.After(time.Second):
		return 0, errors.New("timeout")
	}
	sum := 0
	for v := range vals {
		sum += v
	}
	return sum, nil
}
