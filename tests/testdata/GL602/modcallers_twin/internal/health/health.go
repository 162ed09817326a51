package health

import (
	"context"
	"errors"
	"time"
)

// Option tunes a probe.
type Option func(*time.Duration)

func ping(ctx context.Context, addr string, wait time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(wait):
		if addr == "" {
			return errors.New("no address")
		}
		return nil
	}
}

// Check probes addr; one call in the module passes a context with a deadline.
func Check(ctx context.Context, addr string, opts ...Option) error {
	wait := time.Millisecond
	for _, o := range opts {
		o(&wait)
	}
	return ping(context.Background(), addr, wait) // want "drops the received ctx"
}
