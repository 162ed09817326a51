package gl502

import (
	"context"
	"errors"
)

type runService struct{ calls int }

func (s *runService) Run(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

func (s *runService) Do() error {
	s.calls++
	return nil
}

// useWhileRunning uses err while the service runs: the goroutine writes err
// when Run returns, which it does once ctx is cancelled, after those uses.
func useWhileRunning() error {
	s := &runService{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		err = s.Run(ctx)
		if errors.Is(err, context.Canceled) {
			err = nil
		}
	}()
	err = s.Do()
	if err != nil {
		return err
	}
	cancel()
	<-done
	return err
}

var _ = useWhileRunning
