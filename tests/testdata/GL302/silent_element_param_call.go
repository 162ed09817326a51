package gl302

import "sync"

// layers holds one mutex per layer; drop locks the element its layer parameter picks.
type layers struct {
	locks   [3]sync.Mutex
	items   [3][]int
	pending [3][]int
}

func (l *layers) drop(layer, v int) {
	l.locks[layer].Lock()
	for i, x := range l.items[layer] {
		if x == v {
			l.items[layer] = append(l.items[layer][:i], l.items[layer][i+1:]...)
			break
		}
	}
	l.locks[layer].Unlock()
}

// promote holds its own layer's mutex and drops from the next layer: another element.
func (l *layers) promote(layer int) {
	l.locks[layer].Lock()
	for _, v := range l.pending[layer] {
		l.items[layer] = append(l.items[layer], v)
		l.drop((layer+1)%3, v)
	}
	l.pending[layer] = l.pending[layer][:0]
	l.locks[layer].Unlock()
}
