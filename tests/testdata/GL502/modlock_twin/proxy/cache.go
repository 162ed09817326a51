package proxy

import (
	"context"
	"sync"

	"example.com/modlock_twin/routes"
)

// Cache waits for routes. Its table is another package's type whose Lock and RLock are its own: a lock
// file that does not exclude goroutines of this process, so the write of exit races with the read.
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
		exit = true // want "data race on exit"
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
