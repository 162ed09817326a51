package gl506

import "sync"

// The turn locks another mutex than the one the goroutine unlocks: nothing orders the writes.
type twinFirstError struct {
	mu       sync.Mutex
	firstMu  sync.Mutex
	firstErr error
	errs     chan error
}

func (m *twinFirstError) monitor() {
	for err := range m.errs {
		e := err
		m.mu.Lock()
		go func() {
			defer m.firstMu.Unlock()
			m.firstErr = e // want `data race on m\.firstErr: every goroutine of this loop writes it`
		}()
		m.mu.Unlock()
	}
}
