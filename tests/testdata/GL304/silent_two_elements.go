package gl304

import "sync"

var keyLocks [64]sync.Mutex

func keyIndex(k string) int { return len(k) % len(keyLocks) }

// Two keys may share a mutex: the second is locked and unlocked only when its index differs from the
// first's, so the deferred unlocks release two elements, each once.
func moveKey(src, dst string, move func()) {
	first, second := keyIndex(src), keyIndex(dst)
	keyLocks[first].Lock()
	if first != second {
		keyLocks[second].Lock()
	}
	defer func() {
		if first != second {
			keyLocks[second].Unlock()
		}
		keyLocks[first].Unlock()
	}()
	move()
}
