package gl505

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type syncer struct{ rounds int }

func (s *syncer) syncOnce() error {
	s.rounds++
	if s.rounds > 1000 {
		return errors.New("too many rounds")
	}
	return nil
}

// run's error on a tick is syncOnce's, a count of its own: the tick decides only when it runs.
func (s *syncer) run(ctx context.Context) error {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			if err := s.syncOnce(); err != nil {
				return err
			}
		case <-ctx.Done():
			return nil
		}
	}
}

func TestSyncerRuns(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &syncer{}
	go func() {
		err := s.run(ctx)
		require.NoError(t, err)
	}()
	time.Sleep(5 * time.Millisecond)
}
