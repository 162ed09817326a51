package gl101

import (
	"errors"
	"time"
)

var errReleaseDone = errors.New("release done")

func awaitRelease() error { return nil }

// releaseWithin waits for the release goroutine, which sends on exactly one of its channels: an
// error send is followed by its return, so a run that gives an error never sends the success.
func releaseWithin(d time.Duration, reset func()) error {
	failed := make(chan error)
	released := make(chan struct{})
	go func() {
		err := awaitRelease()
		if err != nil {
			switch err {
			case errReleaseDone:
				reset()
				failed <- errReleaseDone
			default:
				failed <- err
			}
			return
		}
		released <- struct{}{}
	}()
	select {
	case <-time.After(d):
		select {
		case <-failed:
		case <-released:
		}
		return errors.New("timed out")
	case err := <-failed:
		return err
	case <-released:
		return nil
	}
}
