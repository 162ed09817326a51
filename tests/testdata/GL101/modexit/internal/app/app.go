package app

import (
	"context"
	"time"

	"example.com/modexit/internal/daemon"
)

// Start runs the daemon as its last act.
func Start(ctx context.Context) error {
	return daemon.Run(ctx, time.Millisecond)
}
