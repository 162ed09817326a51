package gl304

import "sync"

// watchPoolLate never takes the read lock before it starts the goroutine: the goroutine's
// first RUnlock may find it free.
type watchPoolLate struct {
	lock sync.RWMutex
	pool []<-chan struct{}
}

func newWatchPoolLate(chans []<-chan struct{}, cancel func()) *watchPoolLate {
	p := &watchPoolLate{pool: chans}
	go func() {
		defer cancel()
		defer p.lock.RUnlock()
		for i := 0; i < len(p.pool); i++ {
			ch := p.pool[i]
			p.lock.RUnlock() // want `p\.lock may not be locked when this Unlock runs`
			<-ch
			p.lock.RLock()
		}
	}()
	return p
}

func (p *watchPoolLate) add(ch <-chan struct{}) {
	p.lock.Lock()
	defer p.lock.Unlock()
	p.pool = append(p.pool, ch)
}
