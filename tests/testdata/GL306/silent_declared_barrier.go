package gl306

import (
	"sync"
	"time"
)

type scheduler struct{ jobs []func() }

func (s *scheduler) add(mu *sync.Mutex, f func()) {
	s.jobs = append(s.jobs, func() {
		mu.Lock()
		defer mu.Unlock()
		f()
	})
}

// The mutex's declaration says what the empty section is for: a barrier that waits for the running job.
func reschedule(s *scheduler, intervals chan time.Duration, f func()) {
	// runMu serialises the job with re-registration: the loop
	// locks and unlocks it as a barrier before swapping the job.
	runMu := new(sync.Mutex)
	for range intervals {
		s.jobs = nil

		runMu.Lock()
		runMu.Unlock()

		s.add(runMu, f)
	}
}
