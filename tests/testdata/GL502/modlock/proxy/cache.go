package proxy

import (
	"context"
	"sync"

	"example.com/modlock/routes"
)

// Cache waits for routes. Its table is another package's type that embeds a sync.RWMutex: the
// goroutine's write of exit and the caller's read both happen with the table locked, so they never race.
type Cache struct {
	cond *sync.Cond
	rts  *routes.Table
}

func NewCache() *Cache {
	c := &Cache{rts: routes.NewTable()}
	c.cond = sync.NewCond(c.rts.RLocker())
	return c
}

// WaitAfter runs fn with the table read-locked and, when it returns false, waits for one update or
// for ctx to end.
func (c *Cache) WaitAfter(ctx context.Context, fn func() bool) {
	ctx, cancel := context.WithCancel(ctx)
	exit := false
	go func() {
		<-ctx.Done()
		c.rts.Lock()
		exit = true
		c.rts.Unlock()
		c.cond.Broadcast()
	}()
	c.rts.RLock()
	for !fn() && !exit {
		c.cond.Wait()
	}
	c.rts.RUnlock()
	cancel()
}
