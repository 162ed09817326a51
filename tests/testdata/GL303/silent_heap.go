package gl303

import (
	"container/heap"
	"sync"
)

type entry struct{ ts int64 }

// entries embeds a read-write lock that callers take on the original, through a pointer; the value
// methods only read or swap the shared slice.
type entries struct {
	sync.RWMutex
	s []*entry
}

func (h entries) Len() int           { return len(h.s) }
func (h entries) Less(i, j int) bool { return h.s[i].ts < h.s[j].ts }
func (h entries) Swap(i, j int)      { h.s[i], h.s[j] = h.s[j], h.s[i] }

func (h *entries) Push(x interface{}) { h.s = append(h.s, x.(*entry)) }

func (h *entries) Pop() interface{} {
	old := h.s
	n := len(old)
	x := old[n-1]
	h.s = old[:n-1]
	return x
}

func addEntry(q *entries, ts int64) {
	q.Lock()
	heap.Push(q, &entry{ts})
	q.Unlock()
}
