package gl301

import "sync"

type raftTwin struct{ peers []string }

type topologyTwin struct {
	access sync.RWMutex
	modern *raftTwin
	legacy *raftTwin
}

// The early return covers "neither is set", but only the modern branch
// releases the lock: with modern nil and legacy set, the function falls
// through holding it.
func (t *topologyTwin) servers() []string {
	t.access.RLock()
	if t.modern == nil && t.legacy == nil {
		t.access.RUnlock()
		return nil
	}
	var out []string
	if t.modern != nil {
		peers := t.modern.peers
		t.access.RUnlock()
		out = append(out, peers...)
	}
	return out // want `return with t\.access locked`
}

// The early return also needs ready() to agree: with both nil and ready()
// false, both tests below fail and the function returns holding the lock.
func (t *topologyTwin) lookup(ready func() bool) []string {
	t.access.RLock()
	if (t.modern == nil && ready()) && t.legacy == nil {
		t.access.RUnlock()
		return nil
	}
	if t.modern != nil {
		p := t.modern.peers
		t.access.RUnlock()
		return p
	} else if t.legacy != nil {
		p := t.legacy.peers
		t.access.RUnlock()
		return p
	}
	return nil // want `return with t\.access locked`
}

// (the writer a read lock left held blocks)
func (t *topologyTwin) reset() {
	t.access.Lock()
	t.access.Unlock()
}
