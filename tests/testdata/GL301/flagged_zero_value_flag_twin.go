package gl301

import "sync"

type flagNode struct {
	mu      sync.Mutex
	deleted bool
}

func (n *flagNode) ready() bool { return !n.deleted }

// The flag is declared without a value but never set after the lock: the return tests a flag that
// is still false while the node is locked.
func deleteUnmarked(n *flagNode) bool {
	var isMarked bool
	if n.ready() {
		n.mu.Lock()
		n.deleted = true
	}
	if !isMarked {
		return false // want `return with n\.mu locked`
	}
	n.mu.Unlock()
	return true
}
