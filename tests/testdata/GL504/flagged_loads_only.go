package gl504

import "sync/atomic"

type poller struct {
	stop int32
}

// stop is loaded atomically by the loop, but written plainly: the write races with the loads.
func (p *poller) loop(work func()) {
	for atomic.LoadInt32(&p.stop) == 0 {
		work()
	}
}

func (p *poller) Start(work func()) { go p.loop(work) }

func (p *poller) Stop() {
	p.stop = 1 // want `p\.stop is accessed with sync/atomic elsewhere but plainly here\. This plain write`
}
