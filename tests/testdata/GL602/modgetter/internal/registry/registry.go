package registry

import "context"

var (
	rootCtx = context.Background()
	verbose bool
)

// Context is the root context every command runs with.
func Context() context.Context {
	return rootCtx
}

// Verbose says whether the program prints more.
func Verbose() bool {
	return verbose
}
