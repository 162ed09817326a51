package gl202

import (
	"sync"
	"testing"
	"time"
)

type item struct{ v string }

// batcher counts items in flight (one Add per item), not goroutines.
type batcher struct {
	inFlight sync.WaitGroup
	out      chan []*item
	errs     chan error
	done     chan struct{}
}

// Close is the only function that waits on inFlight.
func (b *batcher) Close() {
	close(b.done)
	b.inFlight.Wait()
}

func (b *batcher) fail(it *item, err error) {
	b.errs <- err
	b.inFlight.Done()
}

// retry hands the batch on (its items are released where it is consumed) or fails each item.
func (b *batcher) retry(batch []*item, err error) {
	select {
	case b.out <- batch:
	case <-b.done:
		for _, it := range batch {
			b.fail(it, err)
		}
	}
}

type stopped struct{}

func (stopped) Error() string { return "stopped" }

// The test never calls Close: nothing waits on b.inFlight, so the item the goroutine may hand
// on without releasing it blocks nobody.
func TestRetryFailsOnShutdown(t *testing.T) {
	b := &batcher{out: make(chan []*item), errs: make(chan error, 1), done: make(chan struct{})}
	batch := []*item{{v: "x"}}
	b.inFlight.Add(1)

	finished := make(chan struct{})
	go func() {
		b.retry(batch, stopped{})
		close(finished)
	}()

	close(b.done)
	select {
	case <-b.errs:
	case <-time.After(2 * time.Second):
		t.Error("no error")
	}
	<-finished
}
