package gl302

import "sync"

// The lock helper returns the method value that unlocks the slot it locked: calling it is the
// unlock, so each turn releases its slot before the next one locks.
type slotLocker struct {
	slots []sync.Mutex
}

func (l *slotLocker) lockSlot(i int) func() {
	m := &l.slots[i%len(l.slots)]
	m.Lock()
	return m.Unlock
}

func countInSlots(l *slotLocker, counters []int) {
	for i := 0; i < 10; i++ {
		unlock := l.lockSlot(i)
		counters[i%len(counters)]++
		unlock()
	}
}
