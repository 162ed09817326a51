package gl505

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type fileSyncer struct{ path string }

// runFile's error on a tick is a file read's.
func (s *fileSyncer) runFile(ctx context.Context) error {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			if _, err := os.ReadFile(s.path); err != nil {
				return err
			}
		case <-ctx.Done():
			return nil
		}
	}
}

func TestFileSyncerRuns(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &fileSyncer{path: "testdata/state"}
	go func() {
		err := s.runFile(ctx)
		require.NoError(t, err) // want `require\.NoError may run after the test returned.*can come from os\.ReadFile`
	}()
	time.Sleep(5 * time.Millisecond)
}
