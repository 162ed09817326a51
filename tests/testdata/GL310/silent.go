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

// Waits for the next change and reads the state it brings: "next event" semantics.
func (g *Gate) Next() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.opened.Wait()
	return g.open
}

type Events struct {
	mu sync.Mutex
	c  *sync.Cond
	n  int
}

// An event loop that waits for each signal: no single state to re-check.
func (e *Events) Loop() {
	e.mu.Lock()
	defer e.mu.Unlock()
	for {
		e.c.Wait()
		e.n++
	}
}

func (e *Events) Poke() {
	e.c.Signal()
}
