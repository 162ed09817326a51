// Package db reads projects in their own transaction.
package db

import (
	"context"
	"database/sql"

	"example.com/modcallers/internal/catalog"
)

// DB is the cluster database.
type DB struct{ conn *sql.DB }

// Project reads one project in a transaction of its own. Its only caller passes context.Background()
// (catalog.Project, called many times across the module, is another function of that name).
func (d *DB) Project(ctx context.Context, name string) (string, error) {
	tx, err := d.conn.BeginTx(context.TODO(), nil)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	return catalog.Project(ctx, tx, name)
}
