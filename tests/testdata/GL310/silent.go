package gl310

import "sync"

type Gate struct {
	mu     sync.Mutex
	opened *sync.Cond
	open   bool
}

func (g *Gate) Wait() {
	g.mu.Lock()
	defer g.mu.Unlock()
	for !g.open {
		g.opened.Wait()
	}
}

func (g *Gate) Open() {
	g.mu.Lock()
	g.open = true
	g.mu.Unlock()
	g.opened.Broadcast()
}

// A one-shot barrier: no condition checked around the Wait.
func (g *Gate) Barrier() {
	g.mu.Lock()
	g.opened.Wait()
	g.mu.Unlock()
}
