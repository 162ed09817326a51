package gl308

import "testing"

// A test drives the set on a value of its own, without the store's lock: not the package's contract.
func TestBlockSetAdd(t *testing.T) {
	s := &blockSet{}
	s.add(&block{0, 10})
	if len(s.getFor(0, 5, 0)) != 1 {
		t.Fatal("missing block")
	}
}
