package gl308

import "sync"

type block struct{ min, max int64 }

type blockSet struct {
	mtx    sync.RWMutex
	blocks []*block
}

// add and remove write-lock the set; the store calls them only with its own lock write-locked.
func (s *blockSet) add(b *block) {
	s.mtx.Lock()
	defer s.mtx.Unlock()
	s.blocks = append(s.blocks, b)
}

func (s *blockSet) remove(b *block) {
	s.mtx.Lock()
	defer s.mtx.Unlock()
	for i, x := range s.blocks {
		if x == b {
			s.blocks = append(s.blocks[:i], s.blocks[i+1:]...)
			return
		}
	}
}

// getFor read-locks the set again in its recursive call; the store calls it under its read lock,
// which keeps every writer of the set out meanwhile.
func (s *blockSet) getFor(mint, maxt int64, depth int) []*block {
	s.mtx.RLock()
	defer s.mtx.RUnlock()
	var out []*block
	for _, b := range s.blocks {
		if b.max > mint && b.min <= maxt {
			out = append(out, b)
		}
	}
	if depth > 0 {
		out = append(out, s.getFor(mint, maxt, depth-1)...)
	}
	return out
}

type store struct {
	mtx  sync.RWMutex
	sets map[string]*blockSet
}

func (st *store) addBlock(key string, b *block) {
	st.mtx.Lock()
	defer st.mtx.Unlock()
	set, ok := st.sets[key]
	if !ok {
		set = &blockSet{}
		st.sets[key] = set
	}
	set.add(b)
}

func (st *store) removeBlock(key string, b *block) {
	st.mtx.Lock()
	defer st.mtx.Unlock()
	if set, ok := st.sets[key]; ok {
		set.remove(b)
	}
}

func (st *store) Series(mint, maxt int64) []*block {
	st.mtx.RLock()
	defer st.mtx.RUnlock()
	var out []*block
	for _, set := range st.sets {
		out = append(out, set.getFor(mint, maxt, 1)...)
	}
	return out
}
