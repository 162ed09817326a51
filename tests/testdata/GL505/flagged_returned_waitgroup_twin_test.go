package gl505

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
			t.Errorf("got %q", v) // want `t\.Errorf may run after the test returns`
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
