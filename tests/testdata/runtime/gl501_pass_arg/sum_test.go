package rt

import "testing"

func TestSquares(t *testing.T) {
	items := make([]int, 64)
	for i := range items {
		items[i] = i
	}
	for round := 0; round < 20; round++ {
		got := Squares(items)
		for i, v := range got {
			if v != i*i {
				t.Fatalf("round %d: Squares[%d] = %d, want %d", round, i, v, i*i)
			}
		}
	}
}
