package gl101

import "errors"

// releaseLogged reports an error and then goes on to the success send: when the select takes the
// error, nothing receives the success.
func releaseLogged(reset func()) error {
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
		}
		released <- struct{}{} // want `goroutine blocks forever sending on released`
	}()
	select {
	case err := <-failed:
		return err
	case <-released:
		return nil
	}
}
