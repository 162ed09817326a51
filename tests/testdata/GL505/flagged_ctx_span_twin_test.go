package gl505

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The twin: the context is given a deadline, which can pass.
func (c *lookupCache) lookupBounded(ctx context.Context, k string) (int, error) {
	ctx, stop := context.WithTimeout(ctx, time.Millisecond)
	defer stop()
	if ctx.Err() != nil {
		return 0, ctx.Err()
	}
	return c.items[k], nil
}

func TestLookupBounded(t *testing.T) {
	c := &lookupCache{items: map[string]int{"a": 1}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := c.lookupBounded(context.Background(), "a")
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		wg.Done()
	}()
	wg.Wait()
}
