package gl505

import (
	"errors"
	"testing"
	"time"
)

type scheduler struct{ jobs []string }

// newJob fails only when its arguments fail validation.
func (s *scheduler) newJob(name string, every time.Duration, retries int) error {
	if every <= 0 {
		return errors.New("interval must be positive")
	}
	if name == "" {
		return errors.New("empty name")
	}
	if retries < 0 {
		return errors.New("negative retries")
	}
	s.jobs = append(s.jobs, name)
	return nil
}

// The constants the test passes pass every validation: the check cannot fail.
func TestScheduleInGoroutine(t *testing.T) {
	s := &scheduler{}
	done := make(chan struct{})
	go func() {
		if err := s.newJob("tick", 5*time.Second, 3); err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	<-done
}
