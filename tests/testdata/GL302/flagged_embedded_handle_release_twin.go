package gl302

import "sync"

type prioMutexTwin struct {
	lock        sync.RWMutex
	lowPrioLock sync.RWMutex
}

type prioHandleTwin struct{ lock *prioMutexTwin }

func (pm *prioMutexTwin) Lock() prioHandleTwin {
	pm.lowPrioLock.Lock()
	pm.lock.Lock()
	return prioHandleTwin{lock: pm}
}

func (pm *prioMutexTwin) Unlock() {
	pm.lock.Unlock()
	pm.lowPrioLock.Unlock()
}

// Unlock releases the write lock the handle came with.
func (bc *prioHandleTwin) Unlock() { bc.lock.Unlock() }

type tagIndexTwin struct {
	prioMutexTwin
	tags map[string][]string
}

// renameTagged takes the write lock twice: the first handle is never released.
func (m *tagIndexTwin) renameTagged(from, to string) {
	bc := m.Lock()
	ids := m.tags[from]
	bc = m.Lock() // want `locks m\.prioMutexTwin\.lowPrioLock again while it is held here` `locks m\.prioMutexTwin\.lock again while it is held here`
	defer bc.Unlock()
	m.tags[to] = ids
}
