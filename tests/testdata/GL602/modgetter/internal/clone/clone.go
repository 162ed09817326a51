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

// Clone copies name; every caller in the module gives it the program's root
// context, which nothing ever ends.
func Clone(ctx context.Context, name string) error {
	c, stop := context.WithTimeout(context.Background(), time.Minute)
	defer stop()
	return copyWithin(c, name)
}
