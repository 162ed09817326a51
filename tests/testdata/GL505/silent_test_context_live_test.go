package gl505

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// liveCond wakes its waiters; Wait's only error is its context's.
type liveCond struct {
	mu   sync.Mutex
	wake chan struct{}
}

func (c *liveCond) Wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-c.wake:
		return nil
	}
}

// progress waits through liveCond, passing its error up.
type progress[T any] struct {
	signal *liveCond
	at     T
}

func newProgress[T any](at T) *progress[T] {
	return &progress[T]{signal: &liveCond{wake: make(chan struct{})}, at: at}
}

func (p *progress[T]) WaitFor(ctx context.Context) error {
	if err := p.signal.Wait(ctx); err != nil {
		return err
	}
	return nil
}

// The goroutine waits with the test's own context, which is cancelled only
// once the test has returned; the test waits for the goroutine before it
// returns on every path that does not fail it: the error is nil here.
func TestProgressLiveContext(t *testing.T) {
	p := newProgress[int](0)
	done := make(chan struct{})
	go func() {
		require.NoError(t, p.WaitFor(t.Context()))
		close(done)
	}()
	close(p.signal.wake)
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("still waiting")
	}
}
