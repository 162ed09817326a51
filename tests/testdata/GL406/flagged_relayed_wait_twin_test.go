package gl406

import (
	"sync"
	"testing"
	"time"
)

// On the timeout the test only logs and goes on to close ids while the senders may still send.
func TestRelayedWaitTimeout(t *testing.T) {
	var wg sync.WaitGroup
	ids := make(chan int, 100)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				ids <- j
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Log("senders are slow")
	}
	close(ids) // want `close\(ids\) by its receiver while its sender keeps sending`
	for range ids {
	}
}
