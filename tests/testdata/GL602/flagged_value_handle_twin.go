package gl602

import "context"

func (h *hostRow) loadBound(ctx context.Context) error {
	return handleFrom(ctx).QueryRowContext(ctx, "SELECT id FROM hosts WHERE id = ?", h.ID).Scan(&h.ID)
}

// Here the query is bound to the context it is given, so the caller's ctx matters.
func refreshHostsBound(ctx context.Context, ids []string) int {
	n := 0
	for _, id := range ids {
		h := &hostRow{ID: id}
		if err := h.loadBound(withHandle(context.TODO())); err == nil { // want "drops the received ctx"
			n++
		}
	}
	return n
}
