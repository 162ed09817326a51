package gl104

import (
	"context"
	"time"
)

func heartbeat(ctx context.Context, beat func()) {
	tick := time.NewTicker(500 * time.Millisecond) // want `ticker tick is never stopped`
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			beat()
		}
	}
}
