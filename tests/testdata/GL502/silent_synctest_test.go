package gl502

import (
	"testing"
	"testing/synctest"
)

type event struct{ n int }

// Inside a synctest bubble, synctest.Wait returns once every other goroutine of the
// bubble is durably blocked, and what they did happens before it returns. Nothing
// after it wakes them before the reads.
func TestSubscriberSees(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		events := make(chan event)
		stop := make(chan struct{})
		var got event
		go func() {
			for {
				select {
				case <-stop:
					return
				case e := <-events:
					got = e
				}
			}
		}()
		go func() { events <- event{n: 1} }()
		synctest.Wait()
		if got.n != 1 {
			t.Errorf("got %v, want 1", got)
		}
		close(stop)
	})
}
