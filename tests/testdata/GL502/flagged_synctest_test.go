package gl502

import (
	"testing"
	"testing/synctest"
)

// After synctest.Wait the test sends again: the subscriber wakes and writes while
// the test reads.
func TestSubscriberWokenAgain(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		events := make(chan event, 1)
		stop := make(chan struct{})
		var last event
		go func() {
			for {
				select {
				case <-stop:
					return
				case e := <-events:
					last = e // want `data race on last`
				}
			}
		}()
		events <- event{n: 1}
		synctest.Wait()
		events <- event{n: 2}
		if last.n == 0 {
			t.Errorf("nothing received")
		}
		close(stop)
	})
}
