package gl101

func watchdog() error { return nil }

// releaseWatched's error channel has a second sender, the watchdog: its case can fire while the
// release goroutine goes on to the success send, which nothing receives then.
func releaseWatched() error {
	failed := make(chan error)
	released := make(chan struct{})
	go func() {
		failed <- watchdog() // want `goroutine blocks forever sending on failed`
	}()
	go func() {
		err := awaitRelease()
		if err != nil {
			switch err {
			case errReleaseDone:
				failed <- errReleaseDone
			default:
				failed <- err
			}
			return
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
