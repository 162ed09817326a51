// Package handlers answers the API's requests.
package handlers

import (
	"context"
	"time"

	"github.com/cloudwego/hertz/pkg/app"
)

func save(ctx context.Context, path string) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(10 * time.Millisecond):
		return nil
	}
}

// CreateNote is a Hertz handler of a server that never senses a disconnection (its context is the
// server's root): the fresh context here loses nothing.
func CreateNote(ctx context.Context, c *app.RequestContext) {
	_ = ctx
	_ = save(context.Background(), c.Path)
}
