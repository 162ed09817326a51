package gl301

import "sync"

type raftImpl struct{ peers []string }

type topology struct {
	access sync.RWMutex
	modern *raftImpl
	legacy *raftImpl
}

// The early return covers "neither is set"; each remaining branch releases the
// read lock. Falling through both tests needs both nil again: no such path.
func (t *topology) servers() []string {
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
	} else if t.legacy != nil {
		peers := t.legacy.peers
		t.access.RUnlock()
		out = append(out, peers...)
	}
	return out
}

// The same with "either is set" tested first, as an or.
func (t *topology) first() string {
	t.access.RLock()
	if t.modern != nil || t.legacy != nil {
		if t.modern != nil {
			p := t.modern.peers
			t.access.RUnlock()
			return p[0]
		}
		if t.legacy != nil {
			p := t.legacy.peers
			t.access.RUnlock()
			return p[0]
		}
		return "" // needs both nil: ruled out by the test above
	}
	t.access.RUnlock()
	return ""
}
