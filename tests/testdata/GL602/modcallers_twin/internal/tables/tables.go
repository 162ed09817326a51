// Package tables checks every table of the schema (generated: many calls of catalog.Project).
package tables

import (
	"context"
	"database/sql"

	"example.com/modcallers_twin/internal/catalog"
)

// CheckAll reads each table's project.
func CheckAll(ctx context.Context, tx *sql.Tx) error {
	if _, err := catalog.Project(ctx, tx, "t1"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t2"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t3"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t4"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t5"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t6"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t7"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t8"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t9"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t10"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t11"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t12"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t13"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t14"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t15"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t16"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t17"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t18"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t19"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t20"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t21"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t22"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t23"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t24"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t25"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t26"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t27"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t28"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t29"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t30"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t31"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t32"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t33"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t34"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t35"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t36"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t37"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t38"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t39"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t40"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t41"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t42"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t43"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t44"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t45"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t46"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t47"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t48"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t49"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t50"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t51"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t52"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t53"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t54"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t55"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t56"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t57"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t58"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t59"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t60"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t61"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t62"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t63"); err != nil {
		return err
	}
	if _, err := catalog.Project(ctx, tx, "t64"); err != nil {
		return err
	}
	return nil
}
