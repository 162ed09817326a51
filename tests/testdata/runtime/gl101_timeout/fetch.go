package rt

import (
	"errors"
	"time"
)

// Fetch waits at most timeout for slow work; the worker's result is dropped after that.
func Fetch(work time.Duration, timeout time.Duration) (int, error) {
	ch := make(chan int)
	go func() {
		time.Sleep(work)
		ch <- 42 // want `blocks forever`
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(timeout):
		return 0, errors.New("timeout")
	}
}
