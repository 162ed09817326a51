package gl104

import (
	"sync/atomic"
	"time"
)

type stager struct {
	stage int32
	polls int
}

// waitStage never gets past its first loop: a ticker's channel is never
// closed, and the break only leaves the switch. The ticker below is never
// made.
func (s *stager) waitStage() {
	for range time.NewTicker(3 * time.Second).C {
		switch atomic.LoadInt32(&s.stage) {
		case 1:
			break
		default:
			s.polls++
		}
	}

	ticker := time.NewTicker(time.Second)
	for range ticker.C {
		s.polls++
		if s.polls > 10 {
			return
		}
	}
}
