package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"sync"
	"testing"
	"time"
)

// waitOrLog gives up after the timeout and returns: the test can end before the reader does.
func waitOrLog(t *testing.T, f func()) {
	ok := make(chan struct{}, 1)
	go func() {
		f()
		ok <- struct{}{}
	}()
	select {
	case <-time.After(3 * time.Second):
		t.Log("gave up waiting")
	case <-ok:
	}
}

func TestNoEchoBackLogged(t *testing.T) {
	in := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case v := <-in:
				if v != 0 {
					t.Errorf("should not get data back, got %d", v)
				}
			case <-time.After(100 * time.Millisecond):
				return
			}
		}
	}()
	waitOrLog(t, wg.Wait)
}
