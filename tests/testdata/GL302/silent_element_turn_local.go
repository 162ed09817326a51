package gl302

import "sync"

type hashSlot struct {
	mu    sync.Mutex
	nodes map[uint64]int
}

type hashSlots struct {
	slots []hashSlot
	n     uint64
}

func slotOf(hash, n uint64) uint64 { return hash % n }

// The slot index is a local of the loop's body, computed from the turn's hash:
// each turn may lock another slot (the hashes come sorted by slot and the guard
// skips a repeated one). Nothing shows two turns picking the same slot.
func (s *hashSlots) add(hashes []uint64, id int) {
	last := ^uint64(0)
	for _, hash := range hashes {
		idx := slotOf(hash, s.n)
		if last != idx {
			s.slots[idx].mu.Lock()
			last = idx
		}
		s.slots[idx].nodes[hash] = id
	}
	last = ^uint64(0)
	for _, hash := range hashes {
		idx := slotOf(hash, s.n)
		if last != idx {
			s.slots[idx].mu.Unlock()
			last = idx
		}
	}
}
