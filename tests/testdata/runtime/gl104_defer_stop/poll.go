package rt

import (
	"context"
	"time"
)

// Poll calls check every interval until ctx is done.
func Poll(ctx context.Context, interval time.Duration, check func()) {
	t := time.NewTicker(interval) // want `ticker t is never stopped`
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			check()
		}
	}
}
