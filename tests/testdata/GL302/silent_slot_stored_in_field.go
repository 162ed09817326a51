package gl302

import "sync"

// next locks the slot it hands out and keeps its condition in r.pending; finish unlocks it through
// that field, so each turn's lock is released before the next turn locks a slot again.

type ringSlot struct {
	cond *sync.Cond
	val  int
}

type slotRing struct {
	slots   []ringSlot
	pending *sync.Cond
	pos     int
}

func (r *slotRing) next() int {
	s := &r.slots[r.pos]
	r.pending = s.cond
	s.cond.L.Lock()
	return s.val
}

func (r *slotRing) finish() {
	if r.pending != nil {
		r.pending.L.Unlock()
		r.pending = nil
	}
}

func (r *slotRing) peek() int {
	s := &r.slots[r.pos]
	s.cond.L.Lock()
	defer s.cond.L.Unlock()
	return s.val
}

func drainSlots(r *slotRing) int {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += r.peek()
		sum += r.next()
		r.finish()
	}
	return sum
}
