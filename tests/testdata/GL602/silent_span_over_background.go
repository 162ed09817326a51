package gl602

import (
	"context"
	"runtime/trace"
	"time"
)

type opSpan struct{}

func (opSpan) End() {}

// opTracer stands for a tracer of another package: Start only puts a span on the context.
type opTracer interface {
	Start(ctx context.Context, name string) (context.Context, opSpan)
}

type batchWorker struct {
	tracer opTracer
	out    chan int
}

// Flush's context is a span over Background: nothing can cancel it.
func (w *batchWorker) Flush() {
	ctx, span := w.tracer.Start(context.Background(), "flush")
	defer span.End()
	w.flushOne(ctx)
}

func (w *batchWorker) flushOne(ctx context.Context) {
	_, span := w.tracer.Start(ctx, "flushOne")
	defer span.End()
	retryFlush(context.Background(), func() { w.out <- 1 })
}

func retryFlush(ctx context.Context, f func()) {
	for i := 0; i < 3; i++ {
		f()
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Millisecond):
		}
	}
}

// Transform's context is a runtime/trace task over Background: a value, no cancellation.
func (w *batchWorker) Transform() {
	ctx, task := trace.NewTask(context.Background(), "transform")
	defer task.End()
	w.transformOne(ctx)
}

func (w *batchWorker) transformOne(ctx context.Context) {
	trace.Log(ctx, "batch", "one")
	retryFlush(context.Background(), func() { w.out <- 2 })
}
