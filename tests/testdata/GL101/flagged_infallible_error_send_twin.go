package gl101

import (
	"os"
	"time"
)

// The error sent is a file read's, which can fail: when the timeout wins, the sender is stranded.
func probeFile(path string) error {
	errs := make(chan error)
	go func() {
		for {
			if _, err := os.ReadFile(path); err != nil {
				errs <- err // want `goroutine blocks forever sending on errs`
				return
			}
		}
	}()
	select {
	case err := <-errs:
		return err
	case <-time.After(time.Second):
		return nil
	}
}
