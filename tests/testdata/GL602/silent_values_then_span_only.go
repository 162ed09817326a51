package gl602

import (
	"context"
	"time"
)

type traceKey int

type span struct{ name string }

func (s *span) End(at time.Time) {}

type tracer struct{}

// StartTraceAt starts a root span; it only reads the values the context carries.
func (tracer) StartTraceAt(ctx context.Context, name string, at time.Time) (*span, context.Context) {
	_ = ctx.Value(traceKey(0))
	return &span{name: name}, ctx
}

var spans tracer

// recordFrontendSpan records a span that already ended: the new root context only carries the session's
// ids for the tracer, which reads them; the span ends at once, nothing runs under it.
func recordFrontendSpan(ctx context.Context, session, request string, start, end time.Time) {
	_ = ctx
	root := context.Background()
	root = context.WithValue(root, traceKey(0), session)
	root = context.WithValue(root, traceKey(1), request)
	s, _ := spans.StartTraceAt(root, "frontend", start)
	s.End(end)
}
