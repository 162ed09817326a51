package gl106

import "context"

// subscribeOnce's caller makes errCh unbuffered: once ctx is cancelled the caller stops receiving,
// and the reader's error send blocks.
func subscribeOnce(ctx context.Context, s *requestStream, handle func(int), errCh chan error) {
	go func() {
		for {
			req, err := s.Recv()
			if err != nil {
				errCh <- err // want `this send blocks forever once ctx is cancelled`
				s.Close()
				return
			}
			handle(req)
		}
	}()
}

func serveOnce(ctx context.Context) error {
	errCh := make(chan error)
	subscribeOnce(ctx, &requestStream{n: 3}, func(int) {}, errCh)
	for {
		select {
		case err := <-errCh:
			return err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
