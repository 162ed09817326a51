package gl601

import (
	"context"
	"errors"
	"time"
)

var prepareErr error

func prepare() error { return prepareErr }

func discarded(ctx context.Context) error {
	ctx, _ = context.WithTimeout(ctx, time.Second) // want `the cancel func of context.WithTimeout is discarded`
	return ctx.Err()
}

func neverCalled(parent context.Context) context.Context {
	ctx, cancel := context.WithCancel(parent) // want `cancel is never called: the context leaks`
	go func() {}()
	return ctx
}

func skippedOnError(parent context.Context) error {
	ctx, cancel := context.WithDeadline(parent, time.Now().Add(time.Second))
	if err := prepare(); err != nil {
		return err // want `cancel is not called on this path`
	}
	<-ctx.Done()
	cancel()
	return errors.New("done")
}

// A defer on one path does not cover the other.
func deferOnOnePath(parent context.Context, fast bool) error {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	if fast {
		defer cancel()
		return ctx.Err()
	}
	return prepare() // want `cancel is not called on this path`
}
