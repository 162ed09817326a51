package gl301

import "sync"

// gatherSet is not named for what it leaves held: it takes every mutex of
// the set (duplicates dropped), one blocking at a time, and returns with
// them all locked.
func gatherSet(mus ...*sync.Mutex) bool {
	if len(mus) == 0 {
		return false
	}
	for i := len(mus) - 2; i >= 0; i-- {
		for j := len(mus) - 1; j > i; j-- {
			if mus[i] == mus[j] {
				mus[j] = mus[len(mus)-1]
				mus = mus[:len(mus)-1]
			}
		}
	}
	blocking := 0
	for {
		mus[blocking].Lock()
		failed := -1
		for i := range mus {
			if i == blocking {
				continue
			}
			if !mus[i].TryLock() {
				failed = i
				break
			}
		}
		if failed == -1 {
			return true // want `return with mus locked`
		}
		for i := range mus {
			if i < failed || i == blocking {
				mus[i].Unlock()
			}
		}
		blocking = failed
	}
}

func UseGathered(a, b *sync.Mutex) {
	if gatherSet(a, b) {
		a.Unlock()
		b.Unlock()
	}
}
