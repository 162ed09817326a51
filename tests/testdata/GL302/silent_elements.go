package gl302

import (
	"sort"
	"sync"
)

type elem struct {
	mu  sync.Mutex
	key int
}

type elems struct{ items []*elem }

// Two elements of one slice, by two index variables: sort never calls less(i, i).
func (l *elems) sortItems() {
	sort.Slice(l.items, func(i, j int) bool {
		l.items[i].mu.Lock()
		l.items[j].mu.Lock()
		defer l.items[i].mu.Unlock()
		defer l.items[j].mu.Unlock()
		return l.items[i].key < l.items[j].key
	})
}
