package gl301

import "sync"

type lockMode int

const (
	lockNone lockMode = iota
	lockRead
	lockWrite
)

type radixTree struct {
	mu    sync.RWMutex
	nodes map[string]int
}

// lock and unlock are a pair: the caller picks the mode, lock takes it and returns holding it,
// unlock releases the same mode. lock never releases anything: it is a lock helper.
func (t *radixTree) lock(mode lockMode) {
	switch mode {
	case lockRead:
		t.mu.RLock()
	case lockWrite:
		t.mu.Lock()
	}
}

func (t *radixTree) unlock(mode lockMode) {
	switch mode {
	case lockRead:
		t.mu.RUnlock()
	case lockWrite:
		t.mu.Unlock()
	}
}

type treeWalker struct {
	tree *radixTree
	mode lockMode
}

func (w *treeWalker) lock() {
	switch w.mode {
	case lockRead:
		w.tree.mu.RLock()
	case lockWrite:
		w.tree.mu.Lock()
	default:
	}
}

func (t *radixTree) get(mode lockMode, k string) int {
	t.lock(mode)
	defer t.unlock(mode)
	return t.nodes[k]
}
