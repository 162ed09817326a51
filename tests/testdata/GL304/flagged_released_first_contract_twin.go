package gl304

import (
	"context"
	"sync"
)

type activeCheckerTwin struct {
	sync.RWMutex
	actives map[string]int
}

// The same method without a contract: nothing says its callers hold c.mu, and this one does not.
type waitClientTwin struct {
	mu struct {
		sync.RWMutex
		abortedC chan struct{}
	}
	checker *activeCheckerTwin
	closedC chan struct{}
}

func (c *waitClientTwin) waitAborted(ctx context.Context) error {
	for c.mu.abortedC != nil {
		ch := c.mu.abortedC
		c.mu.Unlock() // want `c\.mu may not be locked when this Unlock runs`
		select {
		case <-ch:
		case <-ctx.Done():
			c.mu.Lock()
			return ctx.Err() // want `return with c\.mu locked`
		}
		c.mu.Lock()
		if c.mu.abortedC == ch {
			c.mu.abortedC = nil
		}
	}
	return nil // want `return with c\.mu locked`
}

func (c *waitClientTwin) open(ctx context.Context) error {
	return c.waitAborted(ctx)
}
