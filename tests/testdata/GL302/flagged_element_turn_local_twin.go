package gl302

import "sync"

type pinnedSlot struct {
	mu    sync.Mutex
	nodes map[uint64]int
}

type pinnedSlots struct {
	slots []pinnedSlot
	home  uint64
}

// The index is a local of the loop's body too, but the same on every turn:
// the second turn locks the slot the first one holds (its Unlock is deferred
// to the function's end).
func (s *pinnedSlots) add(hashes []uint64, id int) {
	for _, hash := range hashes {
		idx := s.home
		s.slots[idx].mu.Lock() // want `s\.slots\.mu is locked again while this goroutine holds it`
		defer s.slots[idx].mu.Unlock()
		s.slots[idx].nodes[hash] = id
	}
}
