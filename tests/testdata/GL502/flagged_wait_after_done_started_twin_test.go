package gl502

import (
	"context"
	"sync"
	"testing"
	"time"
)

// TestStartEarly: the workers start before the deferred cancel is evaluated; they can all be ready, and
// the timer goroutine write cancel, while the defer statement reads it.
func TestStartEarly(t *testing.T) {
	workers := []int{1, 2, 3}
	ready := new(sync.WaitGroup)
	ready.Add(len(workers))
	started := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		ready.Wait()
		ctx, cancel = context.WithTimeout(ctx, 50*time.Millisecond) // want "cancel"
		close(started)
	}()
	var done sync.WaitGroup
	done.Add(len(workers))
	for range workers {
		go func() {
			defer done.Done()
			ready.Done()
			<-started
		}()
	}
	defer cancel()
	done.Wait()
}
