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

// A false on the handshake keeps the collector running: it can append while the function reads.
func collectEventsPaused(events <-chan string, stop bool) int {
	var got []string
	done := make(chan bool)
	go func() {
		for {
			select {
			case cancel := <-done:
				if cancel {
					return
				}
			case e := <-events:
				got = append(got, e) // want `data race on got: written here with no mutex held`
			}
		}
	}()
	time.Sleep(10 * time.Millisecond)
	done <- stop
	return len(got)
}
