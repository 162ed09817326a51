package rt

import "testing"

func TestRunAllWithAFailure(t *testing.T) {
	runAll([]int{1, -1, 2})
}
