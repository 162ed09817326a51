package rt

import "testing"

func TestDispatchAll(t *testing.T) {
	c := &Cacher{buffer: make([]int, 4)}
	for i := 0; i < 20; i++ {
		DispatchAll(c, 8)
	}
}
