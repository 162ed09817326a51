package gl602

import (
	"context"
	"database/sql"
)

type handleKey struct{}

var handleDB *sql.DB

func withHandle(ctx context.Context) context.Context {
	return context.WithValue(ctx, handleKey{}, handleDB)
}

func handleFrom(ctx context.Context) *sql.DB {
	db, _ := ctx.Value(handleKey{}).(*sql.DB)
	return db
}

type hostRow struct{ ID string }

func (h *hostRow) load(ctx context.Context) error {
	return handleFrom(ctx).QueryRow("SELECT id FROM hosts WHERE id = ?", h.ID).Scan(&h.ID)
}

// The context built here only carries the handle: load reads it back with Value and runs a
// query that is not bound to any context.
func refreshHosts(ctx context.Context, ids []string) int {
	n := 0
	for _, id := range ids {
		h := &hostRow{ID: id}
		if err := h.load(withHandle(context.TODO())); err == nil {
			n++
		}
	}
	return n
}
