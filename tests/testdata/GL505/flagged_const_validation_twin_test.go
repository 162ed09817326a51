package gl505

import (
	"testing"
	"time"
)

// A constant that fails the validation (an empty name), and a value handed
// in: the check can fail.
func TestScheduleBadName(t *testing.T) {
	s := &scheduler{}
	done := make(chan struct{})
	go func() {
		if err := s.newJob("", time.Second, 3); err != nil {
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine`
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
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine`
		}
		close(done)
	}()
	<-done
}
