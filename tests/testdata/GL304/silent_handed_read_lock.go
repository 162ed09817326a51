package gl304

import "sync"

// watchPool cancels once every channel of the pool is done. The read lock the constructor takes just
// before the go statement is the goroutine's: it releases it around each wait and takes it back.
type watchPool struct {
	lock sync.RWMutex
	pool []<-chan struct{}
}

func newWatchPool(chans []<-chan struct{}, cancel func()) *watchPool {
	p := &watchPool{pool: chans}
	p.lock.RLock()
	go func() {
		defer cancel()
		defer p.lock.RUnlock()
		for i := 0; i < len(p.pool); i++ {
			ch := p.pool[i]
			p.lock.RUnlock()
			<-ch
			p.lock.RLock()
		}
	}()
	return p
}

func (p *watchPool) add(ch <-chan struct{}) {
	p.lock.Lock()
	defer p.lock.Unlock()
	p.pool = append(p.pool, ch)
}
