package gl106

import (
	"context"
	"errors"
)

// session's closeChan has a slot for each of its two sends in the package:
// neither blocks, whether its receiver is still there or not.
type session struct {
	closeChan chan error
	data      chan []byte
}

func newSession() *session {
	return &session{closeChan: make(chan error, 2), data: make(chan []byte)}
}

func (s *session) serve(ctx context.Context) error {
	go func() {
		for b := range s.data {
			if len(b) == 0 {
				s.closeChan <- errors.New("empty")
				return
			}
		}
	}()
	return s.wait(ctx)
}

func (s *session) wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-s.closeChan:
		return err
	}
}

func (s *session) close(err error) { s.closeChan <- err }
