package gl502

import (
	"context"
	"testing"
)

type streamRunnerTwin struct{ out []string }

func (s *streamRunnerTwin) Run(ctx context.Context) error {
	<-ctx.Done()
	return nil
}

func (s *streamRunnerTwin) StopWithin() error { return nil }

func buildStreamTwin() (*streamRunnerTwin, error) { return &streamRunnerTwin{}, nil }

// The test stops the stream before it uses err again: Run may return then, and
// the goroutine write err while the test does.
func TestStreamUnderTestContextTwin(t *testing.T) {
	s, err := buildStreamTwin()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		err = s.Run(t.Context()) // want "data race on err"
	}()
	if err := s.StopWithin(); err != nil {
		t.Fatal(err)
	}
	_, err = buildStreamTwin()
	if err != nil {
		t.Error(err)
	}
}
