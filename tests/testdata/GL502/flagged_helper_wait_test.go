package gl502

import (
	"context"
	"testing"
)

// untilDone may return on the context instead of receiving: then nothing orders the write before the read.
func untilDone(ctx context.Context, ch chan error) error {
	select {
	case err := <-ch:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func TestUntilDone(t *testing.T) {
	errCh := make(chan error, 1)
	var s *int
	go func() {
		var err error
		s, err = openCounter() // want `data race on s`
		errCh <- err
	}()
	_ = untilDone(context.Background(), errCh)
	if s != nil && *s != 0 {
		t.Error("bad")
	}
}
