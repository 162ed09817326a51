package gl302

import "sync"

type attemptStats struct {
	mu         *sync.Mutex
	sizes      []uint64
	retryCount int
}

// The first attempt and the retries take the lock in two ifs that no retry value passes both.
func (r *attemptStats) RecordAttemptStart(retry int, size uint64) {
	if retry == 0 {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.sizes = append(r.sizes, size)
	}
	if retry > 0 {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.retryCount += 1
	}
}
