package gl104

import (
	"log"
	"time"
)

var fatalErrs = make(chan error)

// watchLeader loops for the life of the process: its only way out of the loop ends the process, so
// there is no return after which the ticker could keep firing.
func watchLeader(report func()) {
	t := time.Tick(5 * time.Second)
	for {
		select {
		case <-t:
			report()
		case err := <-fatalErrs:
			log.Fatalf("raft: %v", err)
		}
	}
}
