package gl307

import "sync"

// A read lock is no gate: two goroutines hold it at once, and each can take
// its first inner lock and wait for the other's.
type index struct {
	gate  sync.RWMutex
	keys  sync.Mutex
	vals  sync.Mutex
	byKey map[string]int
	byVal map[int]string
}

func (x *index) put(k string, v int) {
	x.gate.RLock()
	defer x.gate.RUnlock()
	x.keys.Lock()
	defer x.keys.Unlock()
	x.vals.Lock() // want `lock order inversion`
	defer x.vals.Unlock()
	x.byKey[k] = v
	x.byVal[v] = k
}

func (x *index) drop(k string, v int) {
	x.gate.RLock()
	defer x.gate.RUnlock()
	x.vals.Lock()
	defer x.vals.Unlock()
	x.keys.Lock() // want `lock order inversion`
	defer x.keys.Unlock()
	delete(x.byVal, v)
	delete(x.byKey, k)
}
