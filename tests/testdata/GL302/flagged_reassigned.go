package gl302

import "sync"

type slotEntry struct{ mu sync.Mutex }

// Reassigned only after the second Lock: both lock the same entry.
func lockTwice(cache map[string]*slotEntry, k string) *slotEntry {
	c := cache[k]
	c.mu.Lock()
	c.mu.Lock() // want `c\.mu is locked again while this goroutine holds it: deadlock`
	c = &slotEntry{}
	return c
}
