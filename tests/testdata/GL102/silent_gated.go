package gl102

import (
	"errors"
	"time"
)

// The range runs only after done was received, and done is sent after
// close(vals); the early-return path sends on errs and the function leaves.
func gather(n int, next func() (int, error)) (int, error) {
	errs := make(chan error, 1)
	done := make(chan struct{}, 1)
	vals := make(chan int, n)
	go func() {
		for i := 0; i < n; i++ {
			v, err := next()
			if err != nil {
				errs <- err
				return
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
