package rt

import "testing"

func TestSquares(t *testing.T) {
	Squares([]int{1, 2, 3})
}
