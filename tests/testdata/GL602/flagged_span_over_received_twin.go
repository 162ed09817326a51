package gl602

import "context"

type drainWorker struct {
	tracer opTracer
	out    chan int
}

// Drain's context is a span over the caller's: cancelling it should stop the retries.
func (w *drainWorker) Drain(ctx context.Context) {
	ctx, span := w.tracer.Start(ctx, "drain")
	defer span.End()
	w.drainOne(ctx)
}

func (w *drainWorker) drainOne(ctx context.Context) {
	_, span := w.tracer.Start(ctx, "drainOne")
	defer span.End()
	retryFlush(context.Background(), func() { w.out <- 1 }) // want `context.Background\(\) drops the received ctx`
}
