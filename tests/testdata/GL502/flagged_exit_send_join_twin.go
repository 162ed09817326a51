package gl502

import "time"

// The twins of silent_exit_send_join.go: a buffered quit channel (the send does not
// wait for the receive), and a goroutine that writes again after it received quit.
func restoreBuffered(items []int) error {
	var err error
	quit := make(chan struct{}, 1)
	go func() {
		ticker := time.NewTicker(time.Second)
		for {
			select {
			case <-quit:
				ticker.Stop()
				return
			case <-ticker.C:
				err = patchProgress(len(items)) // want `data race on err: written here with no mutex held`
			}
		}
	}()
	quit <- struct{}{}
	err = patchProgress(0)
	return err
}

func restoreFlushing(items []int) error {
	var err error
	quit := make(chan struct{})
	go func() {
		ticker := time.NewTicker(time.Second)
		for {
			select {
			case <-quit:
				ticker.Stop()
				err = patchProgress(-1) // want `data race on err: written here with no mutex held`
				return
			case <-ticker.C:
			}
		}
	}()
	quit <- struct{}{}
	err = patchProgress(0)
	return err
}
