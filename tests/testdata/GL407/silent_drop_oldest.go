package gl407

import (
	"sync"
	"time"
)

// A log monitor: every writer holds the mutex, and the reporter drops the oldest
// entry before sending, so its send always finds a free slot.
type logMonitor struct {
	sync.Mutex
	logCh   chan []byte
	doneCh  chan struct{}
	dropped int
}

func newLogMonitor(buf int) *logMonitor {
	return &logMonitor{logCh: make(chan []byte, buf), doneCh: make(chan struct{})}
}

func (m *logMonitor) Write(p []byte) (int, error) {
	m.Lock()
	defer m.Unlock()
	select {
	case m.logCh <- p:
	default:
		m.dropped++
	}
	return len(p), nil
}

func (m *logMonitor) report(tick <-chan time.Time) {
	for {
		select {
		case <-m.doneCh:
			return
		case <-tick:
			m.Lock()
			select {
			case <-m.doneCh:
				m.Unlock()
				return
			case m.logCh <- []byte("dropped"):
			default:
				// make room: drop the oldest entry
				select {
				case <-m.logCh:
				default:
				}
				m.logCh <- []byte("dropped")
			}
			m.Unlock()
		}
	}
}
