package gl506

import "sync"

// Each turn locks firstMu and hands it to the goroutine it starts, which writes firstErr and then
// unlocks it: the next turn's Lock waits for that unlock, and Err reads under the same mutex.
type firstError struct {
	firstMu  sync.Mutex
	firstErr error
	errs     chan error
}

func (m *firstError) monitor() {
	for err := range m.errs {
		e := err
		m.firstMu.Lock()
		go func() {
			defer m.firstMu.Unlock()
			m.firstErr = e
		}()
	}
}

func (m *firstError) Err() error {
	m.firstMu.Lock()
	defer m.firstMu.Unlock()
	return m.firstErr
}
