package gl301

import "sync"

type jobs struct {
	mu   sync.Mutex
	todo []int
}

// The local points at a value others share: the next Lock of j.mu blocks.
func takeJob(all *jobs, b bool) int {
	j := all
	j.mu.Lock()
	if b {
		return 1 // want "return with all.mu locked"
	}
	j.mu.Unlock()
	return 0
}
