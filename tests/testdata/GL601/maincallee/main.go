package main

import (
	"context"
	"errors"
	"fmt"
	"os"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "mount" {
		return runMount(ctx, args[1:])
	}
	return errors.New("unknown command")
}

func signalChild() error { return errors.New("no such process") }

// runMount is main's last act (through run): every return of it ends the
// process, and the child context with it.
func runMount(ctx context.Context, args []string) error {
	ctx, cancel := context.WithCancelCause(ctx)
	done := make(chan error, 1)
	go func() { <-ctx.Done(); done <- context.Cause(ctx) }()
	if len(args) > 1 {
		if err := signalChild(); err != nil {
			return fmt.Errorf("cannot signal: %w", err)
		}
	}
	cancel(errors.New("shutting down"))
	<-done
	return nil
}
