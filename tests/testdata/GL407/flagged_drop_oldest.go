package gl407

import (
	"sync"
	"time"
)

// The writer sends without the mutex: it can take the slot the reporter just freed.
type looseMonitor struct {
	mu     sync.Mutex
	logCh  chan []byte
	doneCh chan struct{}
}

func newLooseMonitor() *looseMonitor {
	return &looseMonitor{logCh: make(chan []byte, 8), doneCh: make(chan struct{})}
}

func (m *looseMonitor) Write(p []byte) (int, error) {
	select {
	case m.logCh <- p:
	default:
	}
	return len(p), nil
}

func (m *looseMonitor) report(tick <-chan time.Time) {
	for {
		select {
		case <-m.doneCh:
			return
		case <-tick:
			m.mu.Lock()
			select {
			case <-m.doneCh:
				m.mu.Unlock()
				return
			default:
				select {
				case <-m.logCh:
				default:
				}
				m.logCh <- []byte("dropped") // want `this blocks in the select's default, where the stop is not watched`
			}
			m.mu.Unlock()
		}
	}
}

// Unbuffered: draining frees nothing.
type rendezvous struct {
	mu   sync.Mutex
	ch   chan int
	done chan struct{}
}

func newRendezvous() *rendezvous {
	return &rendezvous{ch: make(chan int), done: make(chan struct{})}
}

func (r *rendezvous) push(v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for {
		select {
		case <-r.done:
			return
		default:
			select {
			case <-r.ch:
			default:
			}
			r.ch <- v // want `this blocks in the select's default, where the stop is not watched`
		}
	}
}
