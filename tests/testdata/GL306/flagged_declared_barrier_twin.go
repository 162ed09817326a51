package gl306

import (
	"sync"
	"time"
)

// The twin of silent_declared_barrier.go: the mutex's declaration says nothing of a barrier.
func rescheduleQuietly(s *scheduler, intervals chan time.Duration, f func()) {
	// runMu guards the job.
	runMu := new(sync.Mutex)
	for range intervals {
		s.jobs = nil

		runMu.Lock() // want `empty critical section on runMu`
		runMu.Unlock()

		s.add(runMu, f)
	}
}
