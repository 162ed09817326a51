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

type Module struct {
	Name string
	mu   sync.Mutex
	runs int
}

func (m *Module) Run() {
	m.mu.Lock()
	m.runs++
	m.mu.Unlock()
}

func report(m *Module) string { return m.Name }

// The twin of Plugin.Register: the copy's address goes to a call on one path only; the other
// returns a copy of a field, and the copied lock is all the caller gets of the original's.
func (m Module) Describe(short bool) string { // want `receiver of type Module is passed by value: its lock is copied`
	if short {
		return m.Name
	}
	return report(&m)
}
