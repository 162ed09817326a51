package gl302

import "sync"

// The caller drops the method value that would unlock the slot: the second call locks it again.
type dropLocker struct {
	slots []sync.Mutex
}

func (l *dropLocker) lockDrop(i int) func() {
	m := &l.slots[i%len(l.slots)]
	m.Lock()
	return m.Unlock
}

func lockSlotTwice(l *dropLocker) {
	l.lockDrop(0)
	l.lockDrop(0) // want `l\.lockDrop\(\) locks l\.slots again while it is held here: deadlock`
}
