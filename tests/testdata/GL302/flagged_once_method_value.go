package gl302

import "sync"

// The once-wrapped method value releases another mutex than the one the method took: the
// store's own lock is still held when the method returns.
type LabelStore struct {
	sync.RWMutex
	index  sync.Mutex
	labels map[int]string
}

func (s *LabelStore) SetLabel(k int, v string) {
	s.Lock()
	s.index.Lock()
	unlockOnce := sync.Once{}
	unlock := func() {
		unlockOnce.Do(s.index.Unlock)
	}
	defer unlock()
	s.labels[k] = v
}

func (s *LabelStore) Label(k int) string {
	s.RLock()
	defer s.RUnlock()
	return s.labels[k]
}

func setAndGet(s *LabelStore) string {
	s.SetLabel(1, "a")
	return s.Label(1) // want `s\.Label\(\) locks s again while it is held here: deadlock`
}
