package gl310

import "sync"

// slowPool waits for room under an if, then unlocks and jumps back to a label
// before the check: the goto after the if makes the loop.
type slowPool struct {
	mu    sync.Mutex
	cond  *sync.Cond
	inUse int
	limit int
}

func newSlowPool(limit int) *slowPool {
	p := &slowPool{limit: limit}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *slowPool) get() {
again:
	p.mu.Lock()
	if p.inUse < p.limit {
		p.inUse++
		p.mu.Unlock()
		return
	}
	if p.inUse >= p.limit {
		p.cond.Wait()
	}
	p.mu.Unlock()
	goto again
}

func (p *slowPool) put() {
	p.mu.Lock()
	p.inUse--
	p.cond.Signal()
	p.mu.Unlock()
}

var _ = newSlowPool
