package gl311

import "sync"

type gate struct {
	mu   sync.Mutex
	cond sync.Cond
	open bool
}

// A field Cond of a value a local holds: nothing in the package signals gate.cond.
func waitGate() {
	g := openGate()
	g.mu.Lock()
	for !g.open {
		g.cond.Wait() // want `g\.cond\.Wait\(\) never returns: nothing signals it`
	}
	g.mu.Unlock()
}

func openGate() *gate {
	g := &gate{}
	g.cond.L = &g.mu
	return g
}

// Made here, never handed on: only this function could signal it.
func waitLocal() {
	var b struct {
		mu   sync.Mutex
		cond sync.Cond
	}
	b.cond.L = &b.mu
	b.mu.Lock()
	b.cond.Wait() // want `b\.cond\.Wait\(\) never returns: nothing signals it`
	b.mu.Unlock()
}
