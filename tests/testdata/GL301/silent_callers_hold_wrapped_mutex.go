package gl301

import (
	"sync"
	"time"

	cmtsync "example.com/libs/sync"
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

// The same with a lock type of another package (a build-tag switchable
// wrapper, cmtsync.Mutex): its Lock and Unlock are a mutex's.
type flowMonitor struct {
	mu     cmtsync.Mutex
	last   time.Duration
	active bool
	bytes  int64
}

func (m *flowMonitor) tick() time.Duration {
	m.last += time.Millisecond
	return m.last
}

func (m *flowMonitor) Limit(want int64, block bool) int64 {
	m.mu.Lock()
	if now := m.tick(); block {
		for m.bytes >= want && m.active {
			now = m.waitSample(now)
		}
	}
	n := want - m.bytes
	m.mu.Unlock()
	return n
}

// waitSample sleeps for the rest of the sample: the lock is released and
// reacquired around the sleep.
func (m *flowMonitor) waitSample(now time.Duration) time.Duration {
	current := m.last
	for m.last == current && m.active {
		m.mu.Unlock()
		time.Sleep(time.Millisecond)
		m.mu.Lock()
		now = m.tick()
	}
	return now
}
