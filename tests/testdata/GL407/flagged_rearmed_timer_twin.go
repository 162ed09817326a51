package gl407

import "time"

// A busy turn skips the reset: the drained timer never fires again, and the default blocks.
func (p *shrinker) lazyMaster(busy func() bool) {
	timer := time.NewTimer(p.timeout)
	defer timer.Stop()
	for {
		select {
		case <-p.stop:
			return
		default:
			<-timer.C // want `this blocks in the select's default, where the stop is not watched`
		}
		if busy() {
			continue
		}
		timer.Reset(p.timeout)
	}
}

func startLazy(d time.Duration, busy func() bool) {
	p := &shrinker{stop: make(chan bool), timeout: d}
	go p.lazyMaster(busy)
}
