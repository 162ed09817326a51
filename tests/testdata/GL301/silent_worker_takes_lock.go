package gl301

import "sync"

type pendingPiece struct{ done chan struct{} }

type sealer struct {
	mu      sync.Mutex
	pending map[string]*pendingPiece
}

func (m *sealer) flush() {}

// addPending takes over m.mu: the goroutine it starts unlocks it.
func (m *sealer) addPending(key string) *pendingPiece {
	p := &pendingPiece{done: make(chan struct{})}
	m.pending[key] = p
	go func() {
		defer m.mu.Unlock()
		m.flush()
		close(p.done)
	}()
	return p
}

func (m *sealer) addPiece(key string, stop <-chan struct{}) {
	m.mu.Lock()
	if p, ok := m.pending[key]; ok {
		m.mu.Unlock()
		<-p.done
		return
	}
	p := m.addPending(key)
	select {
	case <-p.done:
	case <-stop:
	}
}
