package gl310

import "sync"

type block struct{ n int }

// The payload is built in the background; full, once set, is only ever replaced by a better block.
type payload struct {
	lock sync.Mutex
	cond *sync.Cond
	full *block
	stop chan struct{}
}

func newPayload() *payload {
	p := &payload{stop: make(chan struct{})}
	p.cond = sync.NewCond(&p.lock)
	return p
}

func (p *payload) update(b *block, better bool) {
	p.lock.Lock()
	defer p.lock.Unlock()
	select {
	case <-p.stop:
		return
	default:
	}
	if p.full == nil || better {
		p.full = b
	}
	p.cond.Broadcast() // full is set here on every path
}

// Waits once: every Broadcast comes after full was set, and nothing sets it back to nil.
func (p *payload) resolveFull() *block {
	p.lock.Lock()
	defer p.lock.Unlock()
	if p.full == nil {
		p.cond.Wait()
	}
	return p.full
}
