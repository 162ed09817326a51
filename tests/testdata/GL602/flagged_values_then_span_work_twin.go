package gl602

import (
	"context"
	"time"
)

type spanKey int

type workSpan struct{ name string }

func (s *workSpan) End(at time.Time) {}

type workTracer struct{}

// StartTraceAt starts a root span and returns the context that carries it.
func (workTracer) StartTraceAt(ctx context.Context, name string, at time.Time) (*workSpan, context.Context) {
	return &workSpan{name: name}, context.WithValue(ctx, spanKey(2), name)
}

var workSpans workTracer

func flush(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Second):
		return nil
	}
}

// flushUnderSpan flushes under the new root: the flush waits a second, whatever the caller's deadline.
func flushUnderSpan(ctx context.Context, session string, start time.Time) error {
	_ = ctx
	root := context.Background() // want "drops the received ctx"
	root = context.WithValue(root, spanKey(0), session)
	s, traced := workSpans.StartTraceAt(root, "flush", start)
	defer s.End(time.Now())
	return flush(traced)
}
