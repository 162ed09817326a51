package gl502

import (
	"context"
	"sync"
	"testing"
	"time"
)

// TestStartTogether: the timer goroutine replaces cancel only once every worker is ready, and the workers
// start after the deferred cancel was evaluated: the read comes before any Done, so before the Wait returns.
func TestStartTogether(t *testing.T) {
	workers := []int{1, 2, 3}
	ready := new(sync.WaitGroup)
	ready.Add(len(workers))
	started := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		ready.Wait()
		ctx, cancel = context.WithTimeout(ctx, 50*time.Millisecond)
		close(started)
	}()
	defer cancel()

	var done sync.WaitGroup
	done.Add(len(workers))
	for range workers {
		go func() {
			defer done.Done()
			ready.Done()
			<-started
		}()
	}
	done.Wait()
}
