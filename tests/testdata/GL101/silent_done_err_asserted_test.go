package gl101

import (
	"context"
	"testing"
	"time"
)

type mustAsserts struct{}

// NoError stops the test when err is not nil (like testify's require or shoenig's must).
func (mustAsserts) NoError(t *testing.T, err error) {
	if err != nil {
		t.Fatal(err)
	}
}

var must mustAsserts

// Once Done is closed, ctx.Err() is not nil: asserting it is nil fails the test on
// that path, and the goroutine left behind is not the bug worth reporting.
func TestDoneErrAsserted(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	errCh := make(chan error)
	go func() {
		errCh <- hookWork()
	}()
	select {
	case <-ctx.Done():
		must.NoError(t, ctx.Err())
		return
	case err := <-errCh:
		if err != nil {
			t.Fatal(err)
		}
	}
}

var hookWorkErr error

func hookWork() error { return hookWorkErr }
