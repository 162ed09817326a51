package gl505

import (
	"context"
	"testing"
)

// The test cancels the context it hands over before it waits: step can take
// its Done case and return the sentinel.
func TestSentinelPollerCancelled(t *testing.T) {
	p := &sentinelPoller{updates: make(chan int)}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() {
		if err := p.step(ctx); err != nil {
			t.Fatal(err) // want `t.Fatal in a goroutine`
		}
		close(done)
	}()
	cancel()
	<-done
}
