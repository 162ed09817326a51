package gl602

import (
	"context"
	"time"
)

// featureGate asks a remote flag service: the request should follow the caller's ctx.
type featureGate struct{ timeout time.Duration }

func (g *featureGate) Enabled(ctx context.Context, name string) bool {
	select {
	case <-ctx.Done():
		return false
	case <-time.After(g.timeout):
		return true
	}
}

type gatedRunner struct{ gate *featureGate }

func (r *gatedRunner) Run(ctx context.Context, name string, work func(context.Context) error) error {
	if r.gate.Enabled(context.Background(), name) { // want "drops the received ctx"
		return work(ctx)
	}
	return nil
}
