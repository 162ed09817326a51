package gl602

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// The wait is on a group made from a fresh root, not from the received ctx: the received ctx may
// still be alive when the shutdown runs.
func ServeAlone(ctx context.Context, p *profiler, run func(context.Context) error) error {
	eg, egCtx := errgroup.WithContext(context.TODO()) // want `context\.TODO\(\) drops the received ctx`
	eg.Go(func() error { return run(egCtx) })
	<-egCtx.Done()
	_ = p.Shutdown(context.Background()) // want `context\.Background\(\) drops the received ctx`
	return eg.Wait()
}
