package gl202

import (
	"sync"
	"testing"
)

type counter struct {
	inFlight sync.WaitGroup
	out      chan int
	done     chan struct{}
}

// Stop waits for the items in flight.
func (c *counter) Stop() {
	close(c.done)
	c.inFlight.Wait()
}

func (c *counter) hand(v int) {
	select {
	case c.out <- v:
	case <-c.done:
		c.inFlight.Done()
	}
}

// The same shape, but the test calls Stop, which waits on c.inFlight: when the goroutine hands
// the item on, its Done is skipped and Stop blocks.
func TestHandThenStop(t *testing.T) {
	c := &counter{out: make(chan int, 1), done: make(chan struct{})}
	c.inFlight.Add(1)
	go func() {
		c.hand(1)
		if len(c.out) > 0 {
			return // want `goroutine returns here without calling c\.inFlight\.Done\(\)`
		}
		c.inFlight.Done()
	}()
	c.Stop()
}
