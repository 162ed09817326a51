package gl301

import (
	"sync"
	"time"
)

// rateMutex wraps sync.Mutex (a lock type switched by build tags).
type rateMutex struct {
	sync.Mutex
}

type rateMonitor struct {
	mu     rateMutex
	last   time.Duration
	active bool
	bytes  int64
}

// Limit holds m.mu around waitNext.
func (m *rateMonitor) Limit(want int64) int64 {
	m.mu.Lock()
	for m.bytes >= want && m.active {
		m.waitNext()
	}
	n := want - m.bytes
	m.mu.Unlock()
	return n
}

// waitNext is entered with m.mu held by its only caller and returns with it
// held: it drops it only around the sleep.
func (m *rateMonitor) waitNext() {
	current := m.last
	for m.last == current && m.active {
		m.mu.Unlock()
		time.Sleep(time.Millisecond)
		m.mu.Lock()
		m.last += time.Millisecond
	}
}
