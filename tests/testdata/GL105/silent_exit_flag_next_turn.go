package gl105

import (
	"log"
	"time"
)

type uploader struct {
	terminating chan struct{}
	upload      func() error
}

// The flag is tested at the top of the next turn, after that turn's upload: the terminating case's turn
// is the last one that waits.
func (u *uploader) run() {
	var stopping bool
	for {
		if err := u.upload(); err != nil {
			log.Print(err)
		}
		if stopping {
			return
		}
		select {
		case <-u.terminating:
			log.Print("stopping after the next pass")
			stopping = true
		case <-time.After(500 * time.Millisecond):
		}
	}
}
