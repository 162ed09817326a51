package gl602

import "context"

type warmer struct{ s *store }

// warmRow gets what warmAll made: values only, never done.
// (This comment is apart from the function.)

func warmRow(ctx context.Context, w *warmer, id string) error {
	return w.s.query(context.Background(), id)
}

func warmAll(ctx context.Context, w *warmer, ids []string) {
	bg := context.WithoutCancel(ctx)
	for _, id := range ids {
		_ = warmRow(bg, w, id)
	}
	_ = warmRow(context.WithoutCancel(ctx), w, "last")
}
