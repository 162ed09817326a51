package gl302

// retire holds its layer's mutex and drops from the same layer: the same element, locked twice.
func (l *layers) retire(layer int) {
	l.locks[layer].Lock()
	for _, v := range l.pending[layer] {
		l.drop(layer, v) // want `l.drop\(\) locks l.locks again while it is held here: deadlock`
	}
	l.locks[layer].Unlock()
}
