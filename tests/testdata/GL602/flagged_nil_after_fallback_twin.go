package gl602

import (
	"context"

	"example.com/compile"
)

// With no fallback to the request's, the root replaces a nil compiler one while reqCtx is live.
func buildPlanTwin(reqCtx context.Context, cc compile.Context) error {
	planCtx := cc.GetContext()
	if planCtx == nil {
		planCtx = context.Background() // want `context\.Background\(\) drops the received ctx`
	}
	_ = reqCtx
	return runPlan(planCtx)
}
