package main

import (
	"context"
	"os"
	"time"
)

// The same shape in another function of package main: its return does not
// end the program, and the context's timer runs on.
func run() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	if len(os.Args) > 2 {
		return nil // want `cancel is not called on this path`
	}
	err := serve(ctx)
	cancel()
	return err
}
