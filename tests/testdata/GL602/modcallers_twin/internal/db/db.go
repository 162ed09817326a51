// Package db reads projects in their own transaction.
package db

import (
	"context"
	"database/sql"

	"example.com/modcallers_twin/internal/catalog"
)

// DB is the cluster database.
type DB struct{ conn *sql.DB }

// Project reads one project in a transaction of its own; its only caller passes a context with a deadline (catalog.Project,
// called many times across the module, is another function): the transaction should stop with it.
func (d *DB) Project(ctx context.Context, name string) (string, error) {
	tx, err := d.conn.BeginTx(context.TODO(), nil) // want "drops the received ctx"
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	return catalog.Project(ctx, tx, name)
}
