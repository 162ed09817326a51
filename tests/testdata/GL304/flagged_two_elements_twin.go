package gl304

// Without the guard, two keys that share a mutex unlock it twice.
func moveKeyUnguarded(src, dst string, move func()) {
	first, second := keyIndex(src), keyIndex(dst)
	keyLocks[first].Lock()
	if first != second {
		keyLocks[second].Lock()
	}
	defer func() {
		keyLocks[second].Unlock()
		keyLocks[first].Unlock() // want `keyLocks is unlocked twice on this path`
	}()
	move()
}
