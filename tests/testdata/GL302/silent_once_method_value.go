package gl302

import "sync"

// A method that must release its lock before a callback, and also on every early return: the
// unlock is a sync.Once that runs the embedded mutex's Unlock method value, deferred and called.
type AliasStore struct {
	sync.RWMutex
	aliases map[int][]int
	updater func(int) error
}

func (s *AliasStore) AddAlias(base, alias int, notify bool) error {
	s.Lock()
	unlockOnce := sync.Once{}
	unlock := func() {
		unlockOnce.Do(s.Unlock)
	}
	defer unlock()

	if alias == 0 {
		return nil
	}
	s.aliases[base] = append(s.aliases[base], alias)

	unlock()
	if notify {
		return s.updater(base)
	}
	return nil
}

func (s *AliasStore) Aliases(base int) []int {
	s.RLock()
	defer s.RUnlock()
	return append([]int(nil), s.aliases[base]...)
}

func addAndList(s *AliasStore) []int {
	_ = s.AddAlias(1, 2, true)
	return s.Aliases(1)
}
