package rt

import "testing"

func TestFirstDone(t *testing.T) {
	FirstDone(4)
}
