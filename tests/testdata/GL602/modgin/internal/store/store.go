// Package store reads projects; every caller in the module hands it a *gin.Context, whose Done is nil
// unless an engine turns on ContextWithFallback (none does here): the request's end never reaches it.
package store

import (
	"context"
	"database/sql"
)

// Store reads the projects table.
type Store struct{ db *sql.DB }

// OwnerProjects lists the projects userID owns.
func (s *Store) OwnerProjects(ctx context.Context, userID string) ([]string, error) {
	rows, err := s.db.QueryContext(context.TODO(), "SELECT id FROM projects WHERE owner = ?", userID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
