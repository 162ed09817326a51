package gl602

import (
	"context"

	"example.com/compile"
)

func runPlan(c context.Context) error { <-c.Done(); return c.Err() }

// The root is reached only when both the compiler's and the request's are nil.
func buildPlan(reqCtx context.Context, cc compile.Context) error {
	planCtx := cc.GetContext()
	if planCtx == nil {
		planCtx = reqCtx
	}
	if planCtx == nil {
		planCtx = context.Background()
	}
	return runPlan(planCtx)
}
