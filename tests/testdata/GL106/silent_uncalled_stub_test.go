package gl106

import (
	"context"
	"sync"
	"testing"
)

type requester interface {
	Request(ctx context.Context, req int) error
	RequestAsync(ctx context.Context, req int, cb func())
}

// stubRequester hands requests to the test over a channel.
type stubRequester struct {
	wg *sync.WaitGroup
	ch chan<- int
}

func (c *stubRequester) Request(ctx context.Context, req int) error {
	c.wg.Wait()
	c.ch <- req
	return nil
}

// Only to complete the interface: no test runs it.
func (c *stubRequester) RequestAsync(ctx context.Context, req int, cb func()) {
	go func() {
		c.wg.Wait()
		c.ch <- req
		cb()
	}()
}

var _ requester = (*stubRequester)(nil)

func TestRequestOnce(t *testing.T) {
	var wg sync.WaitGroup
	reqs := make(chan int)
	var cli requester = &stubRequester{wg: &wg, ch: reqs}
	wg.Add(1)
	go cli.Request(context.Background(), 1)
	wg.Done()
	if v := <-reqs; v != 1 {
		t.Errorf("got %d", v)
	}
}
