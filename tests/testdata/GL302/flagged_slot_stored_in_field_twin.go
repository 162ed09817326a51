package gl302

import "sync"

// The same ring without the release: the slot next locked is still held when the next turn locks it.

type twinSlot struct {
	cond *sync.Cond
	val  int
}

type twinSlotRing struct {
	slots   []twinSlot
	pending *sync.Cond
	pos     int
}

func (r *twinSlotRing) next() int {
	s := &r.slots[r.pos]
	r.pending = s.cond
	s.cond.L.Lock()
	return s.val
}

func (r *twinSlotRing) peek() int {
	s := &r.slots[r.pos]
	s.cond.L.Lock()
	defer s.cond.L.Unlock()
	return s.val
}

func drainTwinSlots(r *twinSlotRing) int {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += r.peek() // want `locks r.slots.cond.L again while it is held here`
		sum += r.next() // want `locks r.slots.cond.L again while it is held here`
	}
	return sum
}
