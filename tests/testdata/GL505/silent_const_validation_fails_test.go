package gl505

import (
	"testing"
	"time"
)

// A constant that fails the validation (an empty name), and a value handed in: the check
// fails as a validation of the test's own inputs does, the same on every run (nothing on the
// way reads a file, a socket, a process or a clock): a failing test, not a flaky one. Silent.
func TestScheduleBadName(t *testing.T) {
	s := &scheduler{}
	done := make(chan struct{})
	go func() {
		if err := s.newJob("", time.Second, 3); err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	<-done
}

func scheduleEvery(t *testing.T, every time.Duration) {
	s := &scheduler{}
	done := make(chan struct{})
	go func() {
		if err := s.newJob("tick", every, 0); err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	<-done
}
