package gl602

import (
	"context"
	"log"
)

type reqSpan struct{ id string }

func (s reqSpan) Infof(format string, args ...any) { log.Printf(format, args...) }
func (s reqSpan) TraceID() string                  { return s.id }

// spanPkg stands for a tracing package: StartSpanFromContextWithTraceID only puts a span
// with the given trace id on the context it is given.
type spanPkg struct{}

func (spanPkg) StartSpanFromContextWithTraceID(ctx context.Context, op, id string) (reqSpan, context.Context) {
	return reqSpan{id: id}, ctx
}

var tracing spanPkg

type volCache struct {
	hosts []string
	push  func(ctx context.Context, host string) error
	store func(key string) error
}

// The span only writes log lines: nothing runs under the fresh context.
func (c *volCache) Open(ctx context.Context, path string) error {
	span, _ := tracing.StartSpanFromContextWithTraceID(context.Background(), "open", path)
	span.Infof("opening %s", path)
	return c.store(path)
}

// Fire-and-forget: the flush must go on after the request returns, so it gets a context of its
// own; the request's ctx would cancel it as soon as Flush returns.
func (c *volCache) Flush(ctx context.Context, traceID string) {
	for _, host := range c.hosts {
		bgSpan, bgCtx := tracing.StartSpanFromContextWithTraceID(context.Background(), "flush", traceID)
		go func(host string) {
			if err := c.push(bgCtx, host); err != nil {
				bgSpan.Infof("flush %s: %v", host, err)
			}
		}(host)
	}
}

func (c *volCache) fill(ctx context.Context, key string) {
	if err := c.push(ctx, key); err != nil {
		log.Printf("fill %s: %v", key, err)
	}
}

// The same with a plain local handed to the goroutine's function.
func (c *volCache) Read(ctx context.Context, key string) error {
	asyncCtx := context.Background()
	go c.fill(asyncCtx, key)
	return c.store(key)
}

func spanOf(ctx context.Context) reqSpan { return reqSpan{} }

func (c *volCache) note(span reqSpan, key string) { span.Infof("cached %s", key) }

// A span variable given a new span: its earlier uses saw the caller's span, not the fresh context.
func (c *volCache) Get(ctx context.Context, key string) error {
	span := spanOf(ctx)
	c.note(span, key)
	span, _ = tracing.StartSpanFromContextWithTraceID(context.Background(), "kv", span.TraceID())
	go func() {
		if err := c.store(key); err != nil {
			span.Infof("store %s: %v", key, err)
		}
	}()
	return nil
}
