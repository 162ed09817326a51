package gl601

import (
	"context"
	"time"
)

// A job keeps the address of its cancel func and calls it through the pointer.
type pendingJob struct {
	stop *context.CancelFunc
}

func (j *pendingJob) halt() {
	if j.stop != nil {
		(*j.stop)()
	}
}

func waitJob(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }

// run stores &stop in a field and defers the method that calls it.
func (j *pendingJob) run() error {
	ctx, stop := context.WithTimeout(context.Background(), time.Hour)
	j.stop = &stop
	defer j.halt()
	return waitJob(ctx)
}

// A value handed out holds the address of the cancel func.
type transferJob struct {
	ctx  context.Context
	stop *context.CancelFunc
}

func newTransferJob(parent context.Context) *transferJob {
	ctx, stop := context.WithCancel(parent)
	return &transferJob{ctx: ctx, stop: &stop}
}
