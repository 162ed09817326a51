package gl502

import (
	"testing"
)

// firstErr receives from the channel it is given on every path: a call of it is a receive.
func firstErr(ch chan error) error {
	return <-ch
}

var openCounterErr error

func openCounter() (*int, error) { return new(int), openCounterErr }

func TestFirstErr(t *testing.T) {
	errCh := make(chan error, 1)
	var s *int
	go func() {
		var err error
		s, err = openCounter()
		errCh <- err
	}()
	if err := firstErr(errCh); err != nil {
		t.Fatal(err)
	}
	if *s != 0 {
		t.Error("bad")
	}
}
