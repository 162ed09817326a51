package gl302

import "sync"

// lockSet takes every mutex of the set (duplicates dropped), blocking on
// one at a time: each turn releases what it took and blocks on the element
// that failed.
func lockSet(mus ...*sync.Mutex) bool {
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
			return true
		}
		for i := range mus {
			if i < failed || i == blocking {
				mus[i].Unlock()
			}
		}
		blocking = failed
	}
}

func UseSet(a, b *sync.Mutex) {
	if lockSet(a, b) {
		a.Unlock()
		b.Unlock()
	}
}
