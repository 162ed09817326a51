package gl502

import (
	"context"
	"testing"
)

type streamRunner struct{ out []string }

func (s *streamRunner) Run(ctx context.Context) error {
	<-ctx.Done()
	return nil
}

func (s *streamRunner) StopWithin() error { return nil }

func buildStream() (*streamRunner, error) { return &streamRunner{}, nil }

// The stream runs under the test's own context, which ends only once the test
// function has returned: the goroutine writes err after every use of it here.
func TestStreamUnderTestContext(t *testing.T) {
	s, err := buildStream()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		err = s.Run(t.Context())
	}()
	_, err = buildStream()
	if err != nil {
		t.Error(err)
	}
}
