package gl505

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

var errPollerStopped = errors.New("poller stopped")

type sentinelPoller struct{ updates chan int }

func (p *sentinelPoller) push(v int) error {
	p.updates <- v
	return nil
}

// step returns a sentinel error only once its context is done.
func (p *sentinelPoller) step(ctx context.Context) error {
	select {
	case <-p.updates:
	case <-ctx.Done():
		return errPollerStopped
	}
	return nil
}

// The test's own context is done only once the test has returned, and the
// test waits for the goroutine first: the Done case is never taken here.
func TestSentinelPollerLive(t *testing.T) {
	p := &sentinelPoller{updates: make(chan int)}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		require.NoError(t, p.step(t.Context()))
		wg.Done()
	}()
	require.NoError(t, p.push(1))
	wg.Wait()
}
