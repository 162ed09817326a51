package gl106

import (
	"context"
	"sync"
	"testing"
)

type asyncRequester interface {
	Post(ctx context.Context, req int, cb func())
}

type stubPoster struct {
	wg *sync.WaitGroup
	ch chan<- int
}

// The test runs this one, through the interface.
func (c *stubPoster) Post(ctx context.Context, req int, cb func()) {
	go func() {
		c.wg.Wait()
		c.ch <- req // want "blocks forever once ctx is cancelled"
		cb()
	}()
}

func TestPostOnce(t *testing.T) {
	var wg sync.WaitGroup
	reqs := make(chan int)
	var cli asyncRequester = &stubPoster{wg: &wg, ch: reqs}
	cli.Post(context.Background(), 1, func() {})
	if v := <-reqs; v != 1 {
		t.Errorf("got %d", v)
	}
}
