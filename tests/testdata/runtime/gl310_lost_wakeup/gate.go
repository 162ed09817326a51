package rt

import "sync"

// Gate lets waiters through once Open is called.
type Gate struct {
	mu sync.Mutex
	c  *sync.Cond
}

func NewGate() *Gate {
	g := &Gate{}
	g.c = sync.NewCond(&g.mu)
	return g
}

func (g *Gate) Wait() {
	g.mu.Lock()
	g.c.Wait() // want `g\.c\.Wait\(\) checks no condition: a Signal sent before it is lost`
	g.mu.Unlock()
}

func (g *Gate) Open() {
	g.mu.Lock()
	g.c.Broadcast()
	g.mu.Unlock()
}
