package gl301

import (
	"sync"
	"sync/atomic"
	"time"
)

var debugLocks bool

// A lock manager whose Lock and UnLock take and release an inner lock only while
// debugging is on: Lock hands both locks to its caller, and UnLock releases them.
type traceLockManager struct {
	outer    sync.RWMutex
	inner    sync.Mutex
	enable   int32
	lockedAt time.Time
}

func (m *traceLockManager) Lock() {
	m.outer.Lock()
	if debugLocks && atomic.LoadInt32(&m.enable) == 1 {
		m.inner.Lock()
		m.lockedAt = time.Now()
	}
}

func (m *traceLockManager) UnLock() {
	m.outer.Unlock()
	if debugLocks && atomic.LoadInt32(&m.enable) == 1 {
		m.lockedAt = time.Time{}
		m.inner.Unlock()
	}
}
