package gl304

import (
	"context"
	"sync"
)

type activeChecker struct {
	sync.RWMutex
	actives map[string]int
}

// The client's lock is its anonymous mu struct; another field's type embeds a lock of its own. The
// ...Locked method releases c.mu before it takes it again: that is the lock its callers hold.
type waitClient struct {
	mu struct {
		sync.RWMutex
		abortedC chan struct{}
	}
	checker *activeChecker
	closedC chan struct{}
}

func (c *waitClient) waitAbortedLocked(ctx context.Context) error {
	for c.mu.abortedC != nil {
		ch := c.mu.abortedC
		c.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			c.mu.Lock()
			return ctx.Err()
		}
		c.mu.Lock()
		if c.mu.abortedC == ch {
			c.mu.abortedC = nil
		}
	}
	return nil
}

func (c *waitClient) open(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.waitAbortedLocked(ctx)
}
