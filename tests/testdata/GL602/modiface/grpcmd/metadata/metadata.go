// Package metadata stands for a library of another module: goleash does not read its bodies.
package metadata

import "context"

// MD holds request headers.
type MD map[string][]string

type mdKey struct{}

// FromIncomingContext reads the headers a context carries.
func FromIncomingContext(ctx context.Context) (MD, bool) {
	md, ok := ctx.Value(mdKey{}).(MD)
	return md, ok
}

// Forward waits until the context is done.
func Forward(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}
