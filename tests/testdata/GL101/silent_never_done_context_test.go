package gl101

import (
	"context"
	"testing"
)

var computeErr error

func compute() error { return computeErr }

// The select's other case waits on a context that is never done here: a
// background context (or a value-carrying child of one), or the test's own
// context while the test function is still running. The receive always wins.
func awaitLocal() error {
	ctx := context.WithValue(context.Background(), ctxKey{}, "v")
	errch := make(chan error)
	go func() { errch <- compute() }()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-errch:
		return err
	}
}

type ctxKey struct{}

// awaitResult is called only with contexts that are never done while it runs.
func awaitResult(ctx context.Context) error {
	errch := make(chan error)
	go func() { errch <- compute() }()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-errch:
		return err
	}
}

func runOnce() error { return awaitResult(context.Background()) }

func TestAwait(t *testing.T) {
	if err := awaitResult(t.Context()); err != nil {
		t.Fatal(err)
	}
}
