package gl104

import "time"

// The goroutine stops on a signal and leaves the ticker firing behind it.
func startStoppableJanitor(stop <-chan struct{}) {
	ticker := time.NewTicker(time.Minute) // want `ticker ticker is never stopped`
	go func() {
		for {
			select {
			case <-ticker.C:
				removeExpired()
			case <-stop:
				return
			}
		}
	}()
}

// The loop over the ticker leaves on a condition.
func startBoundedJanitor(done func() bool) {
	ticker := time.NewTicker(time.Minute) // want `ticker ticker is never stopped`
	go func() {
		for range ticker.C {
			if done() {
				break
			}
			removeExpired()
		}
	}()
}

// The ticker is used outside the goroutine too.
func startSharedJanitor() {
	ticker := time.NewTicker(time.Minute) // want `ticker ticker is never stopped`
	go func() {
		for range ticker.C {
			removeExpired()
		}
	}()
	<-ticker.C
}
