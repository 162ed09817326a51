package gl506

import "context"

type cacheRequest struct {
	ctx    context.Context
	runNow chan struct{}
}

// tokenCache refreshes its value in one goroutine at a time: startRun holds
// one token, put there when the cache is made. A request that takes it starts
// run, which writes the cache's fields and puts the token back when it ends.
type tokenCache struct {
	startRun chan struct{}
	requests chan *cacheRequest
	err      error
	value    map[string]int
}

func newTokenCache() *tokenCache {
	c := &tokenCache{startRun: make(chan struct{}, 1), requests: make(chan *cacheRequest)}
	c.startRun <- struct{}{}
	return c
}

func (c *tokenCache) request(ctx context.Context) error {
	cr := &cacheRequest{ctx: ctx, runNow: make(chan struct{})}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-c.startRun:
			go c.run()
		case c.requests <- cr:
			<-cr.runNow
			return c.err
		}
	}
}

func (c *tokenCache) run() {
	defer func() {
		c.startRun <- struct{}{}
	}()
	reqs := []*cacheRequest{<-c.requests}
	c.value, c.err = refresh(c.value)
	for _, req := range reqs {
		req.runNow <- struct{}{}
	}
}

func refresh(old map[string]int) (map[string]int, error) { return map[string]int{"n": len(old)}, nil }

var _ = newTokenCache
