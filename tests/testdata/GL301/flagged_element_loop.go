package gl301

import "sync"

type bucket struct {
	mu    sync.Mutex
	count int
}

// Locked and unlocked in the same turn: the early return leaves this turn's
// element locked.
func bumpAll(buckets []*bucket, limit int) bool {
	for i := range buckets {
		buckets[i].mu.Lock()
		if buckets[i].count >= limit {
			return false // want `return with buckets\.mu locked`
		}
		buckets[i].count++
		buckets[i].mu.Unlock()
	}
	return true
}
