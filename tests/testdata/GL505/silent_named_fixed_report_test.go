package gl505

import "testing"

func sumOf(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

// checkFixedSum reports a check of values computed the same way on every run: it fails on every run
// alike, or never, so a late report needs a bug that fails the test anyway.
func checkFixedSum(t *testing.T) {
	if got := sumOf([]int{1, 2, 3}); got != 6 {
		t.Errorf("sum = %d", got)
	}
}

func TestNamedFixedReport(t *testing.T) {
	go checkFixedSum(t)
}
