package gl407

import "time"

type shrinker struct {
	stop    chan bool
	timeout time.Duration
}

func (p *shrinker) shrink() {}

// The timer is armed when made and reset after every firing: the default's receive returns within
// one timeout, and the stop case is seen on the next turn.
func (p *shrinker) master() {
	timer := time.NewTimer(p.timeout)
	defer timer.Stop()
	for {
		select {
		case <-p.stop:
			return
		default:
			<-timer.C
		}
		p.shrink()
		timer.Reset(p.timeout)
	}
}

func startShrinker(d time.Duration) *shrinker {
	p := &shrinker{stop: make(chan bool), timeout: d}
	go p.master()
	return p
}
