package gl309

import "sync"

type probeResults struct {
	lock    sync.Mutex
	results chan int
	last    int
}

// awaitOne receives once and then takes the lock: its only call is not in a
// loop, so no second receive waits behind that lock.
func (p *probeResults) awaitOne() {
	<-p.results
	p.record()
}

func (p *probeResults) record() {
	p.lock.Lock()
	defer p.lock.Unlock()
	p.last++
}

func (p *probeResults) run() {
	go p.awaitOne()
}

func (p *probeResults) publish(v int) {
	p.lock.Lock()
	defer p.lock.Unlock()
	p.last = v
	p.results <- v
}

func newProbeResults() *probeResults {
	return &probeResults{results: make(chan int)}
}
