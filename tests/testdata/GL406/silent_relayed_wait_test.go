package gl406

import (
	"sync"
	"testing"
	"time"
)

// The WaitGroup is waited for by a relay goroutine that closes done; the test receives from done (or
// stops on a timeout) before it closes ids: every sender has finished by then.
func TestRelayedWait(t *testing.T) {
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
		t.Fatal("senders deadlocked")
	}
	close(ids)
	for range ids {
	}
}
