package gl506

import "context"

type cacheRequestTwin struct {
	ctx    context.Context
	runNow chan struct{}
}

// tokenCacheTwin puts the token back before it starts run: nothing stops
// two runs from writing the cache's fields at once.
type tokenCacheTwin struct {
	startRun chan struct{}
	requests chan *cacheRequestTwin
	err      error
	value    map[string]int
}

func newTokenCacheTwin() *tokenCacheTwin {
	c := &tokenCacheTwin{startRun: make(chan struct{}, 1), requests: make(chan *cacheRequestTwin)}
	c.startRun <- struct{}{}
	return c
}

func (c *tokenCacheTwin) request(ctx context.Context) error {
	cr := &cacheRequestTwin{ctx: ctx, runNow: make(chan struct{})}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-c.startRun:
			c.startRun <- struct{}{}
			go c.run() // want "every goroutine of this loop writes it"
		case c.requests <- cr:
			<-cr.runNow
			return c.err
		}
	}
}

func (c *tokenCacheTwin) run() {
	defer func() {
		c.startRun <- struct{}{}
	}()
	reqs := []*cacheRequestTwin{<-c.requests}
	c.value, c.err = refreshTwin(c.value)
	for _, req := range reqs {
		req.runNow <- struct{}{}
	}
}

func refreshTwin(old map[string]int) (map[string]int, error) { return map[string]int{"n": len(old)}, nil }

var _ = newTokenCacheTwin
