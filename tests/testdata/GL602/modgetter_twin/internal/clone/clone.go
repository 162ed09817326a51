package clone

import (
	"context"
	"time"
)

func copyWithin(ctx context.Context, name string) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Millisecond):
		return nil
	}
}

// Clone copies name; the root context its callers give it can be replaced
// by one that ends.
func Clone(ctx context.Context, name string) error {
	c, stop := context.WithTimeout(context.Background(), time.Minute) // want `context.Background\(\) drops the received ctx`
	defer stop()
	return copyWithin(c, name)
}
