package gl104

import (
	"sync/atomic"
	"time"
)

type phaser struct {
	stage int32
	polls int
}

// waitPhase leaves its first loop once the stage is 1: the ticker below is
// made, and never stopped.
func (p *phaser) waitPhase() {
	for range time.NewTicker(3 * time.Second).C {
		if atomic.LoadInt32(&p.stage) == 1 {
			break
		}
		p.polls++
	}

	ticker := time.NewTicker(time.Second) // want `ticker ticker is never stopped`
	for range ticker.C {
		p.polls++
		if p.polls > 10 {
			return
		}
	}
}
