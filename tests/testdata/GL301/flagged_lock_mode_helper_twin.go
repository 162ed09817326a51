package gl301

import "sync"

type indexTree struct {
	mu    sync.RWMutex
	dirty bool
	nodes map[string]int
}

// The mode comes from the tree's own state, not from the caller: when dirty, the write lock is
// taken and never released.
func (t *indexTree) refresh() {
	if t.nodes == nil {
		return
	}
	var dirty bool
	for _, v := range t.nodes {
		dirty = dirty || v < 0
	}
	if dirty {
		t.mu.Lock()
	}
	t.dirty = dirty // want `end of function with t\.mu locked`
}
