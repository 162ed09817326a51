package gl104

import (
	"log"
	"time"
)

var stopWatch = make(chan error)

// watchUntilStopped leaves its loop on a stop signal and returns: the ticker keeps firing after.
func watchUntilStopped(report func()) {
	t := time.Tick(5 * time.Second) // want `time.Tick's ticker is never stopped`
	for {
		select {
		case <-t:
			report()
		case err := <-stopWatch:
			if err != nil {
				log.Fatalf("raft: %v", err)
			}
			return
		}
	}
}
