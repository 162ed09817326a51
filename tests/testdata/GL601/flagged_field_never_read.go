package gl601

import "context"

type rowSet struct {
	stopRows context.CancelFunc
}

func (rs *rowSet) initContextClose(ctx context.Context) {
	ctx, rs.stopRows = context.WithCancel(ctx) // want `rs\.stopRows is never called: nothing in the package reads the field stopRows`
	go rs.awaitDone(ctx)
}

func (rs *rowSet) awaitDone(ctx context.Context) {
	<-ctx.Done()
	rs.finish(ctx.Err())
}

func (rs *rowSet) finish(err error) {
	// rs.stopRows() is what it should do: a comment is no call
}
