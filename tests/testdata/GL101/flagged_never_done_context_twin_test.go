package gl101

import (
	"context"
	"testing"
	"time"
)

// awaitTimed has a caller whose context ends (a deadline): the select can take
// the Done case and leave the goroutine blocked on its send.
func awaitTimed(ctx context.Context) error {
	errch := make(chan error)
	go func() { errch <- compute() }() // want `goroutine blocks forever sending on errch`
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-errch:
		return err
	}
}

func runTimed() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return awaitTimed(ctx)
}

func runPlain() error { return awaitTimed(context.Background()) }

// AwaitExported may be called from other packages with any context.
func AwaitExported(ctx context.Context) error {
	errch := make(chan error)
	go func() { errch <- compute() }() // want `goroutine blocks forever sending on errch`
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-errch:
		return err
	}
}

func TestAwaitExported(t *testing.T) {
	_ = AwaitExported(context.Background())
}

// The test's context, handed to a goroutine of the test, may be done before
// the goroutine's call runs: the test can return first.
func awaitInGoroutine(ctx context.Context) error {
	errch := make(chan error)
	go func() { errch <- compute() }() // want `goroutine blocks forever sending on errch`
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-errch:
		return err
	}
}

func TestAwaitInGoroutine(t *testing.T) {
	go func() { _ = awaitInGoroutine(t.Context()) }()
}

var _ = []func() error{runTimed, runPlain} // (what a test runs)
