package gl106

import (
	"context"
	"errors"
)

type requestStream struct{ n int }

func (s *requestStream) Recv() (int, error) {
	if s.n == 0 {
		return 0, errors.New("closed")
	}
	s.n--
	return s.n, nil
}

func (s *requestStream) Close() {}

// subscribeRequests' reader reports the stream's error on errCh as its last act; every caller makes
// errCh for the call with a slot for it: the send never waits, whether anyone still receives or not.
func subscribeRequests(ctx context.Context, s *requestStream, handle func(int), errCh chan error) {
	go func() {
		for {
			req, err := s.Recv()
			if err != nil {
				errCh <- err
				s.Close()
				return
			}
			handle(req)
		}
	}()
}

func serveRequests(ctx context.Context) error {
	errCh := make(chan error, 1)
	subscribeRequests(ctx, &requestStream{n: 3}, func(int) {}, errCh)
	for {
		select {
		case err := <-errCh:
			return err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
