package gl304

import "sync"

type Vault struct {
	stateLock sync.Mutex
	sealed    bool
}

func runLocked(lockFunc, unlockFunc func(), f func()) {
	lockFunc()
	defer unlockFunc()
	f()
}

// The Lock value is handed on only after the second unlock: nothing took the lock again in between.
func (v *Vault) seal() {
	v.stateLock.Lock()
	v.sealed = true
	v.stateLock.Unlock()
	if v.sealed {
		v.stateLock.Unlock() // want `v.stateLock is unlocked twice on this path`
	}
	runLocked(v.stateLock.Lock, v.stateLock.Unlock, func() { v.sealed = false })
}
