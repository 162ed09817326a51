package client

import (
	"context"
	"time"
)

type Client struct{ delay time.Duration }

func (c *Client) get(ctx context.Context, key string) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-time.After(c.delay):
		return key, nil
	}
}

// Get reads one key. This module only calls it from an example, with a root context; the
// programs that import this library give it their own.
func (c *Client) Get(ctx context.Context, key string) (string, error) {
	return c.get(context.Background(), key) // want "drops the received ctx"
}
