package gl303

import "sync"

type Permit struct {
	Total uint32
	mu    sync.Mutex
	cond  *sync.Cond
}

// The twin of silent_literal_constructor.go: Init locks the copy and returns nothing of it, so the lock
// it takes guards nothing anyone else sees.
func (p Permit) Init() uint32 { // want `receiver of type Permit is passed by value: its lock is copied`
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cond = sync.NewCond(&p.mu)
	return p.Total
}
