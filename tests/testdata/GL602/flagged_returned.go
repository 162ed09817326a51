package gl602

import "context"

// The only context this hands back is a new root: the caller's work under it
// no longer ends with ctx.
func (q *persistent) workContext(ctx context.Context) context.Context {
	if q.stopped {
		return context.TODO() // want `context\.TODO\(\) drops the received ctx \(ctx\)`
	}
	return context.Background() // want `context\.Background\(\) drops the received ctx \(ctx\)`
}
