package gl301

import (
	"sync"
	"time"
)

// The twin of silent_conditional_lock_pair.go: nothing in the package releases the
// inner lock that Lock takes while debugging, so the next Lock blocks forever.
type stampLockManager struct {
	outer    sync.RWMutex
	inner    sync.Mutex
	lockedAt time.Time
}

func (m *stampLockManager) Lock() {
	m.outer.Lock()
	if debugLocks { // want `end of function with m\.inner locked`
		m.inner.Lock()
		m.lockedAt = time.Now()
	}
}

func (m *stampLockManager) UnLock() {
	m.lockedAt = time.Time{}
	m.outer.Unlock()
}
