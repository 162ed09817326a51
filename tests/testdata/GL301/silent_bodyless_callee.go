package gl301

import "sync"

// addWords is implemented in assembly: a declaration without a body, which takes no lock; a method of
// the same name does.
func addWords(z, x, y []uint) (c uint)

type accumulator struct {
	mu  sync.Mutex
	sum []uint
}

func (a *accumulator) addWords(x []uint) {
	a.mu.Lock()
	a.sum = append(a.sum, x...)
	a.mu.Unlock()
}

func (a *accumulator) add(x []uint) uint {
	a.mu.Lock()
	defer a.mu.Unlock()
	return addWords(a.sum, a.sum, x)
}
