package gl203

import "sync"

// The goroutines count the barrier down themselves: Add(-3) after their Dones takes it below zero.
func releaseTwice() {
	var gate sync.WaitGroup
	gate.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			gate.Done()
		}()
	}
	gate.Add(-3) // want `gate\.Add\(-3\) is a Done in disguise`
}
