package gl602

import (
	"context"
	"log/slog"
)

// scrapeHandler forwards a record to next only when next would write it at lvl: asking a logger
// whether a level is enabled runs no work that a cancellation could stop.
type scrapeHandler struct {
	next *slog.Logger
	lvl  slog.Level
}

func (h *scrapeHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

func (h *scrapeHandler) Handle(ctx context.Context, r slog.Record) error {
	if h.next.Enabled(context.Background(), h.lvl) {
		return h.next.Handler().Handle(ctx, r)
	}
	return nil
}
