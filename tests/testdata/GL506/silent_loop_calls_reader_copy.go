package gl506

import (
	"context"
	"sync"
)

type gauge struct {
	mu    sync.Mutex
	count int64
	done  chan struct{}
}

func (g *gauge) decr() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.count--
	if g.count == 0 && g.done != nil {
		close(g.done)
		g.done = nil
	}
}

// wait copies g.done under the lock and waits on the copy: the field itself is read only locked.
func (g *gauge) wait(ctx context.Context) error {
	for {
		g.mu.Lock()
		if g.count == 0 {
			g.mu.Unlock()
			return nil
		}
		if g.done == nil {
			g.done = make(chan struct{})
		}
		done := g.done
		g.mu.Unlock()
		select {
		case <-done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func WaitAll(g *gauge, n int) {
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		go func() { errs <- g.wait(context.Background()) }()
	}
	g.decr()
}
