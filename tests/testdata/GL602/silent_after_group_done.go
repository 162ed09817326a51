package gl602

import (
	"context"

	"golang.org/x/sync/errgroup"
)

type profiler struct{}

func (p *profiler) Shutdown(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }

// The group's context ends with the received one (a signal) or when a member fails: on the first path
// the received one has ended already, so the shutdown gets one of its own.

// ServeAll runs the group and shuts the profiler down once it is over.
func ServeAll(ctx context.Context, p *profiler, run func(context.Context) error) error {
	eg, egCtx := errgroup.WithContext(ctx)
	eg.Go(func() error { return run(egCtx) })
	<-egCtx.Done()
	_ = p.Shutdown(context.Background())
	return eg.Wait()
}
