package gl602

import (
	"context"
	"time"
)

type merger struct{}

func (m *merger) apply(ctx context.Context, id int) error { return ctx.Err() }

// The reason starts a comment block whose last lines reach the three lines above the statement.
func (m *merger) merge(ctx context.Context, id int) error {
	// we want to complete the merge independent of request cancel - start with a new, time restricted context.
	// This is a small change to reduce the likelihood of a dirty state.
	// We still require a proper solution to handle a crash or very slow execution times
	// (which could unlock before the operation completes).
	const limit = time.Minute
	mctx, stop := context.WithTimeout(
		context.Background(),
		limit,
	)
	defer stop()
	return m.apply(mctx, id)
}
