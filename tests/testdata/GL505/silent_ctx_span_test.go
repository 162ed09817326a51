package gl505

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type spanTracer struct{}

type traceSpan struct{}

func (traceSpan) End() {}

// Start gives back the context it is given, carrying a span.
func (spanTracer) Start(ctx context.Context, op string) (context.Context, traceSpan) {
	return context.WithValue(ctx, spanKey{}, op), traceSpan{}
}

type spanKey struct{}

type lookupCache struct {
	tr    spanTracer
	mu    sync.Mutex
	items map[string]int
}

// lookup fails only when ctx is done; the span only adds a value to ctx.
func (c *lookupCache) lookup(ctx context.Context, k string) (int, error) {
	ctx, span := c.tr.Start(ctx, "lookup")
	defer span.End()
	if ctx.Err() != nil {
		return 0, ctx.Err()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.items[k], nil
}

func TestLookupTraced(t *testing.T) {
	c := &lookupCache{items: map[string]int{"a": 1}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := c.lookup(context.Background(), "a")
		require.NoError(t, err)
		wg.Done()
	}()
	wg.Wait()
}
