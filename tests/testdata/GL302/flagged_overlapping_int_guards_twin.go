package gl302

// The twin: a retry passes both tests, and the second Lock waits for the first.
func (r *attemptStats) RecordAttemptEnd(retry int, size uint64) {
	if retry >= 0 {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.sizes = append(r.sizes, size)
	}
	if retry > 0 {
		r.mu.Lock() // want `r\.mu is locked again while this goroutine holds it`
		defer r.mu.Unlock()
		r.retryCount += 1
	}
}
