// Package leader keeps heartbeats on the leader.
package leader

import (
	"context"
	"errors"
	"sync"

	"example.com/grpcmd/metadata"
)

var errRedirect = errors.New("redirected once already")

// Checker is the leader's checker.
type Checker struct{ records sync.Map }

func fromPeer(ctx context.Context) bool {
	return metadata.Forward(ctx) == nil
}

// Delete forgets an id, unless a peer sent the request.
func (c *Checker) Delete(ctx context.Context, id string) error {
	if fromPeer(ctx) {
		return errRedirect
	}
	c.records.Delete(id)
	return nil
}

// Name names the checker.
func (c *Checker) Name() string { return "leader" }
