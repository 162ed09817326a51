package gl302

import (
	"sync"
	"time"
)

// prioMutex lets slow readers wait behind writers; its lock calls return a handle that releases it.
type prioMutex struct {
	lock        sync.RWMutex
	lowPrioLock sync.RWMutex
}

type prioHandle struct {
	lock  *prioMutex
	taken time.Time
}

func (pm *prioMutex) RLockLow() prioHandle {
	pm.lowPrioLock.RLock()
	pm.lock.RLock()
	return prioHandle{lock: pm, taken: time.Now()}
}

func (pm *prioMutex) RUnlockLow() {
	pm.lock.RUnlock()
	pm.lowPrioLock.RUnlock()
}

func (pm *prioMutex) Lock() prioHandle {
	pm.lowPrioLock.Lock()
	pm.lock.Lock()
	return prioHandle{lock: pm, taken: time.Now()}
}

func (pm *prioMutex) Unlock() {
	pm.lock.Unlock()
	pm.lowPrioLock.Unlock()
}

// RUnlockLow releases the read lock the handle came with.
func (bc *prioHandle) RUnlockLow() { bc.lock.RUnlockLow() }

// Unlock releases the write lock the handle came with.
func (bc *prioHandle) Unlock() { bc.lock.Unlock() }

// tagIndex embeds the priority mutex: m.RLockLow() locks m.prioMutex.
type tagIndex struct {
	prioMutex
	tags map[string][]string
}

// deleteTagged reads the ids under the low-priority read lock, releases it through its handle, then
// takes the write lock.
func (m *tagIndex) deleteTagged(tag string) int {
	bc := m.RLockLow()
	ids := append([]string(nil), m.tags[tag]...)
	bc.RUnlockLow()

	bc = m.Lock()
	defer bc.Unlock()
	delete(m.tags, tag)
	return len(ids)
}
