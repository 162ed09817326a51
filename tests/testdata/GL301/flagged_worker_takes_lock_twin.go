package gl301

// startFlush's goroutine unlocks nothing: the lock taken here stays held on
// the path that calls it.
func (m *sealer) startFlush(key string) *pendingPiece {
	p := &pendingPiece{done: make(chan struct{})}
	go func() {
		m.flush()
		close(p.done)
	}()
	return p
}

func (m *sealer) addPieceHeld(key string) {
	m.mu.Lock()
	if p, ok := m.pending[key]; ok {
		m.mu.Unlock()
		<-p.done
		return
	}
	p := m.startFlush(key)
	<-p.done // want `end of function with m.mu locked`
}
