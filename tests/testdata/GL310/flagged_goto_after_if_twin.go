package gl310

import "sync"

// slowPoolTwin waits for room under an if, then takes a slot whether or not
// one is free: nothing checks again after the wake-up.
type slowPoolTwin struct {
	mu    sync.Mutex
	cond  *sync.Cond
	inUse int
	limit int
}

func newSlowPoolTwin(limit int) *slowPoolTwin {
	p := &slowPoolTwin{limit: limit}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *slowPoolTwin) get() {
	p.mu.Lock()
	if p.inUse < p.limit {
		p.inUse++
		p.mu.Unlock()
		return
	}
	if p.inUse >= p.limit {
		p.cond.Wait() // want `p\.cond\.Wait\(\) under an if, not a loop`
	}
	p.inUse++
	p.mu.Unlock()
}

func (p *slowPoolTwin) put() {
	p.mu.Lock()
	p.inUse--
	p.cond.Signal()
	p.mu.Unlock()
}

var _ = newSlowPoolTwin
