package app

import (
	"context"
	"testing"
	"time"

	"example.com/modexit_twin/internal/daemon"
)

// A test calls Run too: the test binary goes on after it returns.
func TestRun(t *testing.T) {
	ctx, stop := context.WithTimeout(context.Background(), time.Millisecond)
	defer stop()
	_ = daemon.Run(ctx, time.Millisecond)
}
