package gl101

import (
	"crypto/rand"
	"time"
)

// The goroutine sends only the error of a read of the system's random source, which never fails: the
// send never runs, and the select leaving by the timeout strands no one.
func probeLatency(write func([]byte) error) error {
	errs := make(chan error)
	go func() {
		for {
			buf := make([]byte, 64)
			if _, err := rand.Read(buf); err != nil {
				errs <- err
				return
			}
			_ = write(buf)
		}
	}()
	select {
	case err := <-errs:
		return err
	case <-time.After(time.Second):
		return nil
	}
}
