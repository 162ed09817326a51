package gl101

import "context"

// The twin: the stopper cancels stopped before it sends, so the select can take <-stopped.Done()
// while the send waits.
func runUntilStoppedEarly(ctx context.Context, d *drainer) error {
	stopped, stop := context.WithCancel(context.Background())
	errc := make(chan error)
	go func() {
		<-ctx.Done()
		stop()
		if err := d.shutdown(); err != nil {
			errc <- err // want "blocks for.ver sending on errc"
		}
	}()
	select {
	case <-stopped.Done():
		return nil
	case err := <-errc:
		return err
	}
}

// The other twin: the stopper is started by a closure called twice; the first one's stop fires the
// case while the second one's error send still waits.
func firstOfTwo(fetchA, fetchB func() error) error {
	stopped, stop := context.WithCancel(context.Background())
	errc := make(chan error)
	dispatch := func(fetch func() error) {
		go func() {
			if err := fetch(); err != nil {
				errc <- err // want "blocks for.ver sending on errc"
				return
			}
			stop()
		}()
	}
	dispatch(fetchA)
	dispatch(fetchB)
	select {
	case <-stopped.Done():
		return nil
	case err := <-errc:
		return err
	}
}
