// Package store reads projects; its callers hand it a *gin.Context, and the engine turns on
// ContextWithFallback: the request's end would reach the query, but it is given context.TODO().
package store

import (
	"context"
	"database/sql"
)

// Store reads the projects table.
type Store struct{ db *sql.DB }

// OwnerProjects lists the projects userID owns.
func (s *Store) OwnerProjects(ctx context.Context, userID string) ([]string, error) {
	rows, err := s.db.QueryContext(context.TODO(), "SELECT id FROM projects WHERE owner = ?", userID) // want `context.TODO\(\) drops the received ctx`
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
