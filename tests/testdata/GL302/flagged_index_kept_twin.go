package gl302

import "sync"

// spinFirst locks the same element again in the next turn: its index never
// moves, and nothing released it.
func spinFirst(mus []*sync.Mutex, tries int) {
	first := 0
	for n := 0; n < tries; n++ {
		mus[first].Lock() // want `mus is locked again while this goroutine holds it`
		if mus[1].TryLock() {
			return // want `return with mus locked`
		}
	}
}
