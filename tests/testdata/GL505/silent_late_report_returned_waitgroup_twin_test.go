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
)

// waitForReady says Done before it reports: the caller's Wait may return first.
func waitForReady(t *testing.T, ready <-chan string) *sync.WaitGroup {
	wg := &sync.WaitGroup{}
	wg.Add(1)
	go func() {
		v := <-ready
		wg.Done()
		if v != "ready" {
			t.Errorf("got %q", v)
		}
	}()
	return wg
}

func TestWaitForReady(t *testing.T) {
	ready := make(chan string, 1)
	wg := waitForReady(t, ready)
	ready <- "ready"
	wg.Wait()
}
