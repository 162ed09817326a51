package gl504

import (
	"sync"
	"sync/atomic"
)

// A node allocator's weight is read atomically by the allocating goroutines,
// and added to plainly while it is being built: addSet runs only on an
// allocator newNodeAlloc has just made, before the table holding it is
// published (each loop declares its own alloc).
type nodeAlloc struct {
	id     int
	weight int64
	sets   map[int]int64
}

func newNodeAlloc(id int) *nodeAlloc {
	return &nodeAlloc{id: id, sets: make(map[int]int64)}
}

func (n *nodeAlloc) addSet(id int, w int64) {
	n.sets[id] = w
	n.weight += w
}

func (n *nodeAlloc) pick() int64 { return atomic.LoadInt64(&n.weight) }

func (n *nodeAlloc) take(w int64) { atomic.AddInt64(&n.weight, -w) }

type allocTable struct {
	mu    sync.Mutex
	nodes map[int]*nodeAlloc
}

func (t *allocTable) refresh(groups map[int][]int64, spare []int64) {
	nodes := make(map[int]*nodeAlloc)
	for id, ws := range groups {
		alloc := newNodeAlloc(id)
		for i, w := range ws {
			alloc.addSet(i, w)
		}
		nodes[id] = alloc
	}
	if len(spare) > 0 {
		alloc := newNodeAlloc(-1)
		alloc.addSet(0, spare[0])
		nodes[-1] = alloc
	}
	t.mu.Lock()
	t.nodes = nodes
	t.mu.Unlock()
	for _, n := range nodes {
		go n.take(1)
	}
}
