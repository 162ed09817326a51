package gl302

import "sync"

// A lock wrapper hands back a guard that keeps the release as a func field: the guard's Unlock runs it,
// and the mutex is free again before it is read-locked.
type lockGuard struct{ release func() }

func (g lockGuard) Unlock() {
	if g.release != nil {
		g.release()
	}
}

func (g lockGuard) RUnlock() { g.Unlock() }

type observedRW struct{ mu sync.RWMutex }

func (o *observedRW) Lock(reason string) lockGuard {
	o.mu.Lock()
	return lockGuard{release: func() { o.mu.Unlock() }}
}

func (o *observedRW) RLock(reason string) lockGuard {
	o.mu.RLock()
	return lockGuard{release: func() { o.mu.RUnlock() }}
}

func writeThenRead(o *observedRW) {
	w := o.Lock("write")
	w.Unlock()
	r := o.RLock("read")
	r.RUnlock()
}
