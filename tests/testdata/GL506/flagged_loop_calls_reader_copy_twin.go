package gl506

import (
	"context"
	"sync"
)

type gauge2 struct {
	mu    sync.Mutex
	count int64
	done  chan struct{}
}

// wait2 makes g.done under the lock but waits on the field itself, unlocked, while another waiter
// may assign it.
func (g *gauge2) wait2(ctx context.Context) error {
	for {
		g.mu.Lock()
		if g.count == 0 {
			g.mu.Unlock()
			return nil
		}
		if g.done == nil {
			g.done = make(chan struct{})
		}
		g.mu.Unlock()
		select {
		case <-g.done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func WaitAll2(g *gauge2, n int) {
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		go func() { errs <- g.wait2(context.Background()) }() // want `data race on g\.done: wait2 reads it unlocked while another writes it`
	}
}
