package gl105

import (
	"log"
	"time"
)

// The twin: a failed upload calls the stop off, so the loop can wait again.
func (u *uploader) runRetrying() {
	var stopping bool
	for {
		if err := u.upload(); err != nil {
			log.Print(err)
			stopping = false
		}
		if stopping {
			return
		}
		select {
		case <-u.terminating:
			stopping = true
		case <-time.After(500 * time.Millisecond): // want `time.After in this loop starts a new timer every iteration`
		}
	}
}
