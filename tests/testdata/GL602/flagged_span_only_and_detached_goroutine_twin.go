package gl602

import (
	"context"
	"log"
)

type twinCache struct {
	hosts []string
	push  func(ctx context.Context, host string) error
	store func(key string) error
	jobs  chan string
}

// The span's context is handed to the request made in place: the caller can no longer stop it.
func (c *twinCache) OpenTraced(ctx context.Context, path string) error {
	span, sctx := tracing.StartSpanFromContextWithTraceID(context.Background(), "open", path) // want `context.Background\(\) drops the received ctx`
	span.Infof("opening %s", path)
	return fetchURL(sctx, path)
}

// Waited on: the fresh context is never done.
func (c *twinCache) Wait(ctx context.Context, path string) {
	_, sctx := tracing.StartSpanFromContextWithTraceID(context.Background(), "wait", path) // want `context.Background\(\) drops the received ctx`
	<-sctx.Done()
}

// Used by the goroutine and in place.
func (c *twinCache) Flush(ctx context.Context, traceID string) {
	for _, host := range c.hosts {
		bgSpan, bgCtx := tracing.StartSpanFromContextWithTraceID(context.Background(), "flush", traceID) // want `context.Background\(\) drops the received ctx`
		go func(host string) {
			if err := c.push(bgCtx, host); err != nil {
				bgSpan.Infof("flush %s: %v", host, err)
			}
		}(host)
		_ = c.push(bgCtx, "primary")
	}
}

// The goroutine stops only when its context is done: given a fresh one, it never stops.
func (c *twinCache) loop(ctx context.Context) {
	for {
		select {
		case k := <-c.jobs:
			log.Print(k)
		case <-ctx.Done():
			return
		}
	}
}

func (c *twinCache) Start(ctx context.Context) {
	loopCtx := context.Background() // want `context.Background\(\) drops the received ctx`
	go c.loop(loopCtx)
}
