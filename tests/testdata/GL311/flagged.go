package gl311

import "sync"

type Pool struct {
	mu    sync.Mutex
	freed *sync.Cond
	free  int
}

func NewPool(n int) *Pool {
	p := &Pool{free: n}
	p.freed = sync.NewCond(&p.mu)
	return p
}

func (p *Pool) Get() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.free == 0 {
		p.freed.Wait() // want `p.freed.Wait\(\) never returns: nothing in the package signals or broadcasts Pool.freed`
	}
	p.free--
}

func (p *Pool) Put() {
	p.mu.Lock()
	p.free++
	p.mu.Unlock()
}

func local() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	c.Wait() // want `c.Wait\(\) never returns: nothing signals or broadcasts c`
	mu.Unlock()
}
