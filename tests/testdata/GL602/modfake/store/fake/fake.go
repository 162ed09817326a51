// Package fake is a Client whose answers the tests choose.
package fake

import "context"

// Client calls the function a test set.
type Client struct {
	GetF func(ctx context.Context, key string) (string, error)
}

// Get calls GetF.
func (c Client) Get(ctx context.Context, key string) (string, error) {
	return c.GetF(ctx, key)
}
