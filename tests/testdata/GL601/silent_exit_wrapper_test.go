package gl601

import (
	"context"
	"errors"
	"os"
	"testing"
)

var liveBackend struct{ ready bool }

func connectBackend(ctx context.Context) error {
	if !liveBackend.ready {
		return errors.New("backend not ready")
	}
	return ctx.Err()
}

// doIt's returns go straight to os.Exit: the process ends on them, and the context with it.
func TestMain(m *testing.M) {
	doIt := func() int {
		ctx, cancel := context.WithCancel(context.Background())
		if err := connectBackend(ctx); err != nil {
			return 1
		}
		defer cancel()
		return m.Run()
	}
	os.Exit(doIt())
}
