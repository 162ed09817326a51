package gl602

import (
	"context"
	"errors"
)

type fetchBase struct{ queue string }

// fetchInner never reads its ctx.
func (b *fetchBase) fetchInner(ctx context.Context, n int) (int, error) {
	if n <= 0 {
		return 0, errors.New("bad n")
	}
	return n, nil
}

type fetcher struct {
	fetchBase
}

// fetchOne only hands its ctx on to fetchInner (promoted from the embedded fetchBase).
func (f *fetcher) fetchOne(ctx context.Context, n int) (int, error) {
	if n > 100 {
		n = 100
	}
	return f.fetchInner(ctx, n)
}

// The ctx passed would be dropped one call further down anyway: passing the
// received ctx instead changes nothing.
func (f *fetcher) Fetch(ctx context.Context, n int) (int, error) {
	got, err := f.fetchOne(context.Background(), n)
	if err != nil {
		return 0, err
	}
	_ = ctx.Value("trace")
	return got, nil
}
