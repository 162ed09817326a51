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
