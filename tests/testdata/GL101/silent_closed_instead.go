package gl101

import "errors"

var readFrameErr error

func readFrame() (int, error) { return 0, readFrameErr }

// The goroutine either sends an error or closes done as its last act. When the select takes <-done,
// the goroutine has returned: no send of it is left waiting.
func awaitGoAway() error {
	done := make(chan struct{})
	errCh := make(chan error)
	go func() {
		for {
			f, err := readFrame()
			if err != nil {
				errCh <- err
				return
			}
			if f == 7 {
				close(done)
				return
			}
		}
	}()
	select {
	case <-done:
		return nil
	case err := <-errCh:
		return err
	}
}

// The same with a deferred close: it runs when the goroutine ends.
func awaitDeferredClose() error {
	done := make(chan struct{})
	errCh := make(chan error)
	go func() {
		defer close(done)
		if _, err := readFrame(); err != nil {
			errCh <- errors.New("read: " + err.Error())
		}
	}()
	select {
	case <-done:
		return nil
	case err := <-errCh:
		return err
	}
}
