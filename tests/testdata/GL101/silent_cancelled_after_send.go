package gl101

import (
	"context"
	"errors"
)

type drainer struct{ pending int }

func (d *drainer) shutdown() error {
	if d.pending > 0 {
		return errors.New("requests still pending")
	}
	return nil
}

// The stopper sends its error, if any, and only then cancels stopped: when the select takes
// <-stopped.Done(), its send has been taken.
func runUntilStopped(ctx context.Context, d *drainer) error {
	stopped, stop := context.WithCancel(context.Background())
	errc := make(chan error)
	go func() {
		<-ctx.Done()
		if err := d.shutdown(); err != nil {
			errc <- err
		}
		stop()
	}()
	select {
	case <-stopped.Done():
		return nil
	case err := <-errc:
		return err
	}
}
