package gl403

import "errors"

var errNotRunning = errors.New("not running")

func containerRunning(id string) error {
	if id == "" {
		return errNotRunning
	}
	return nil
}

// containerWait sends the error on the channel it has just made, before it
// returns it: nobody can be receiving yet, so the send blocks forever.
func containerWait(id string) <-chan error {
	errC := make(chan error)
	if err := containerRunning(id); err != nil {
		errC <- err // want `send on unbuffered errC blocks forever\. No other goroutine can have the channel yet`
		return errC
	}
	go func() {
		errC <- nil
	}()
	return errC
}
