package main

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// main runs mount once per argument: a return of runMount does not end the
// process, and the child context it left is still alive.
func main() {
	for _, a := range os.Args[1:] {
		if err := runMount(context.Background(), a); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
}

func signalChild() error { return errors.New("no such process") }

func runMount(ctx context.Context, arg string) error {
	ctx, cancel := context.WithCancelCause(ctx)
	done := make(chan error, 1)
	go func() { <-ctx.Done(); done <- context.Cause(ctx) }()
	if arg != "" {
		if err := signalChild(); err != nil {
			return fmt.Errorf("cannot signal: %w", err) // want `cancel is not called on this path`
		}
	}
	cancel(errors.New("shutting down"))
	<-done
	return nil
}
