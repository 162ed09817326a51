package gl602

import "context"

// The twin: one call passes the caller's own ctx, which can end.

func coolRow(ctx context.Context, w *warmer, id string) error {
	return w.s.query(context.Background(), id) // want `context\.Background\(\) drops the received ctx`
}

func coolAll(ctx context.Context, w *warmer, ids []string) {
	for _, id := range ids {
		_ = coolRow(context.WithoutCancel(ctx), w, id)
	}
	_ = coolRow(ctx, w, "last")
}
