package gl302

import "sync"

type slot struct {
	mu sync.Mutex
	n  int
}

// The same element, by the same index, locked twice.
func bump(slots []*slot, i int) {
	slots[i].mu.Lock()
	slots[i].n++
	slots[i].mu.Lock() // want `slots\.mu is locked again while this goroutine holds it: deadlock`
	slots[i].mu.Unlock()
}
