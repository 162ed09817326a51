package gl504

import (
	"sync"
	"sync/atomic"
)

// The same allocator, but its maker also files it in a shared registry,
// where the allocating goroutines find it: addSet's plain add can meet them.
type sharedAlloc struct {
	id     int
	weight int64
}

var (
	registryMu sync.Mutex
	registry   = map[int]*sharedAlloc{}
)

func newSharedAlloc(id int) *sharedAlloc {
	a := &sharedAlloc{id: id}
	registryMu.Lock()
	registry[id] = a
	registryMu.Unlock()
	return a
}

func (n *sharedAlloc) addSet(w int64) {
	n.weight += w // want `n\.weight is accessed with sync/atomic elsewhere but plainly here`
}

func (n *sharedAlloc) take(w int64) { atomic.AddInt64(&n.weight, -w) }

func drainRegistry() {
	registryMu.Lock()
	defer registryMu.Unlock()
	for _, a := range registry {
		go a.take(1)
	}
}

func buildShared(ws []int64) {
	alloc := newSharedAlloc(1)
	for _, w := range ws {
		alloc.addSet(w)
	}
}
