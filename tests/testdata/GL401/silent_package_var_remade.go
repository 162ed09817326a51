package gl401

// A package-level token channel resized at run time: the old channel is closed
// and a new one made before it is refilled, so the sends go to the new, open one.

var repairTokens = make(chan struct{}, 4)
var repairLimit = 4

func setRepairLimit(n int) {
	if n <= 0 {
		n = 1
	}
	if repairLimit != n {
		repairLimit = n
		close(repairTokens)
		repairTokens = make(chan struct{}, repairLimit)
		for i := 0; i < repairLimit; i++ {
			repairTokens <- struct{}{}
		}
	}
}
