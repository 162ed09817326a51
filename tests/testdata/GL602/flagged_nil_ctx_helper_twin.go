package gl602

import "context"

type markKey struct{}

// BindClientMarked swaps a ctx carrying a marker for a fresh root: the
// caller's deadline is dropped with it, though the ctx is not nil.
func BindClientMarked(ctx context.Context) *boundClient {
	if hasSkipMarker(ctx) {
		ctx = context.Background() // want `context.Background\(\) drops the received ctx`
	}
	return &boundClient{ctx: ctx}
}

func hasSkipMarker(ctx context.Context) bool {
	if ctx.Value(markKey{}) != nil {
		return true
	}
	return false
}
