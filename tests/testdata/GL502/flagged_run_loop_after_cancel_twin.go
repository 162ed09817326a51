package gl502

import (
	"context"
	"errors"
)

type runServiceTwin struct{ calls int }

func (s *runServiceTwin) Run(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

func (s *runServiceTwin) Do() error {
	s.calls++
	return nil
}

// useWhileRunningTwin cancels ctx before it uses err: Run may return, and the
// goroutine write err, while the function does.
func useWhileRunningTwin() error {
	s := &runServiceTwin{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		err = s.Run(ctx) // want "data race on err"
		if errors.Is(err, context.Canceled) {
			err = nil
		}
	}()
	cancel()
	err = s.Do()
	if err != nil {
		return err
	}
	<-done
	return err
}

var _ = useWhileRunningTwin
