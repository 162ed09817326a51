package gl602

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// As CompareQuery, but the group keeps its own context and a golden query runs under it, so the
// request it serves has no say over that query.
func CompareQueryUnder(ctx context.Context, q string) error {
	eg, gctx := errgroup.WithContext(context.Background()) // want `context\.Background\(\) drops the received ctx`
	goSafely(eg, func() error { return queryEngine(ctx, q) })
	if err := queryEngine(gctx, q+" -- golden"); err != nil {
		return err
	}
	return eg.Wait()
}
